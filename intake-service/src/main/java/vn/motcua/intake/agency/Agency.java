package vn.motcua.intake.agency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An agency (cơ quan) that publishes procedures or receives dossiers: the one record of it in the product.
 * intake-service owns the directory; {@link AgencyDirectory} publishes every version for the other services.
 */
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
    /** Place name of the letters' date line (địa danh). */
    @Column(name = "place_name")
    public String placeName;
    /** Office sessions, e.g. {@code 07:00-11:30,13:30-17:00}. */
    @Column(name = "office_hours")
    public String officeHours;
    /** The body above, as printed in the letterhead (e.g. UBND TỈNH HÀ NAM); empty for the top. */
    @Column(name = "governing_body")
    public String governingBody;
    /** The name in capitals as printed in the letterhead. */
    @Column(name = "printed_name")
    public String printedName;
    /** The head's title in the signature block (GIÁM ĐỐC, CHỦ TỊCH…). */
    @Column(name = "head_title")
    public String headTitle;
    /** The agency part of document numbers. */
    public String symbol;
    /** For a commune postal point: the post office it hands dossiers to. */
    @Column(name = "post_office_code")
    public String postOfficeCode;
    public boolean active;
    /** Grows by one on every change; {@code publishedVersion} is the last one published. */
    public long version;
    @Column(name = "published_version")
    public long publishedVersion;
}
