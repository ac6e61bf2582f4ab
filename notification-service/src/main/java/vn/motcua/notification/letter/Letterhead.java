package vn.motcua.notification.letter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency's letterhead: governing body, name as printed, place, head's title and document symbol. */
@Entity
@Table(name = "agency_letterhead")
public class Letterhead extends PanacheEntityBase {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "parent_name")
    public String parentName;
    @Column(name = "agency_name")
    public String agencyName;
    @Column(name = "display_name")
    public String displayName;
    public String place;
    @Column(name = "head_title")
    public String headTitle;
    public String symbol;
}
