package vn.motcua.intake.procedure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.motcua.calendar.TimeLimit;

/** One published version of an administrative procedure (thủ tục hành chính). */
@Entity
@Table(name = "procedure")
public class Procedure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public int version;
    public String name;
    public String field;
    @Column(name = "agency_code")
    public String agencyCode;
    public String level;
    @Column(name = "time_limit_amount")
    public int timeLimitAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_limit_unit")
    public TimeLimit.Unit timeLimitUnit;
    /** Receipts at or after this time start the clock on the next working day (null: no cut-off). */
    @Column(name = "cut_off")
    public LocalTime cutOff;
    @Column(name = "fee_vnd")
    public long feeVnd;
    @Column(name = "online_level")
    public String onlineLevel;
    @Column(name = "postal_receipt")
    public boolean postalReceipt;
    @Column(name = "postal_return")
    public boolean postalReturn;
    /** The clock rule for a supplement requested during processing. */
    @Column(name = "supplement_clock_mode")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public vn.motcua.platform.events.contract.SupplementClockMode supplementClockMode;
    public boolean active;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public TimeLimit timeLimit() {
        return new TimeLimit(timeLimitAmount, timeLimitUnit);
    }

    /** The newest version of a procedure code, active or not. */
    public static Optional<Procedure> latest(String code) {
        return find("code = ?1 ORDER BY version DESC", code).firstResultOptional();
    }
}
