package vn.motcua.notification.applicant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.motcua.platform.events.contract.DossierAccepted;

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
    public String address;
    @Column(name = "rule_set")
    public String ruleSet;
    @Column(name = "received_at")
    public java.time.OffsetDateTime receivedAt;
    @Column(name = "appointment_at")
    public java.time.OffsetDateTime appointmentAt;
    /** An organisation rather than an individual (addressed as "Quý cơ quan, tổ chức"). */
    public boolean organisation;

    /** How to reach the applicant as an event describes them: account, name, and the e-mail and phone given, if any. */
    public static DossierContact of(String dossierCode, String username, DossierAccepted.Applicant applicant) {
        DossierContact c = new DossierContact();
        c.dossierCode = dossierCode;
        c.username = username;
        if (applicant != null) {
            c.name = applicant.name();
            c.email = blankToNull(applicant.email());
            c.phone = blankToNull(applicant.phone());
            c.address = applicant.address();
            c.organisation = "ORGANISATION".equals(applicant.type());
        } else {
            c.name = "";
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
