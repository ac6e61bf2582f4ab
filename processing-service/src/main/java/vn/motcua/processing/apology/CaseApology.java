package vn.motcua.processing.apology;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The apology of a late agency with its new appointment date (phiếu xin lỗi và hẹn lại ngày trả kết quả). One per
 * case at most: the new date may be set only once (primary key = case).
 */
@Entity
@Table(name = "case_apology")
public class CaseApology extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public UUID caseId;
    public String reason;
    @Column(name = "previous_due_at")
    public OffsetDateTime previousDueAt;
    @Column(name = "new_due_at")
    public OffsetDateTime newDueAt;
    @Column(name = "signer_name")
    public String signerName;
    /** Title of the head, e.g. GIÁM ĐỐC, CHỦ TỊCH. */
    @Column(name = "signer_title")
    public String signerTitle;
    /** Signed by a deputy on the head's behalf ("KT."). */
    @Column(name = "on_behalf_of_head")
    public boolean onBehalfOfHead;
    /** The deputy's own title when signing on behalf, e.g. PHÓ GIÁM ĐỐC. */
    @Column(name = "deputy_title")
    public String deputyTitle;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
