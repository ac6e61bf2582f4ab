package vn.motcua.notification.applicant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How to reach a dossier's applicant: their account, and the e-mail and phone they gave (if any). */
@Entity
@Table(name = "dossier_contact")
public class DossierContact extends PanacheEntityBase {
    @Id
    @Column(name = "dossier_code")
    public String dossierCode;
    public String username;
    public String name;
    public String email;
    public String phone;
    @Column(name = "return_channel")
    public String returnChannel;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "agency_name")
    public String agencyName;
    @Column(name = "procedure_name")
    public String procedureName;
}
