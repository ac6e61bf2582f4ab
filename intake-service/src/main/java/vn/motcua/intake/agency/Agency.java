package vn.motcua.intake.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency (cơ quan) that publishes procedures or receives dossiers. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    /** Document-exchange identifier (mã định danh), the first part of dossier codes, e.g. 000.17.22.H56. */
    @Column(name = "exchange_id")
    public String exchangeId;
    public String level;
    public String kind;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "place_name")
    public String placeName;
    /** Office sessions, e.g. {@code 07:00-11:30,13:30-17:00}. */
    @Column(name = "office_hours")
    public String officeHours;
}
