package vn.motcua.intake.dossier;

import vn.motcua.platform.events.contract.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A dossier (hồ sơ) as received by the one-stop shop. */
@Entity
@Table(name = "dossier")
public class Dossier extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    @Column(name = "procedure_id")
    public Long procedureId;
    @Column(name = "procedure_code")
    public String procedureCode;
    @Column(name = "procedure_version")
    public int procedureVersion;
    @Column(name = "agency_code")
    public String agencyCode;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "national_channel_code")
    public int nationalChannelCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "result_return_channel")
    public ReturnChannel resultReturnChannel;
    /** Postal item code of the sealed dossier (channel POSTAL). */
    @jakarta.persistence.Column(name = "postal_item_code")
    public String postalItemCode;
    /** Fee the postal clerk collected, in VND (channel POSTAL). */
    @jakarta.persistence.Column(name = "postal_fee_vnd")
    public Long postalFeeVnd;
    @Enumerated(EnumType.STRING)
    public DossierStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_set")
    public RuleSet ruleSet;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type")
    public ApplicantType applicantType;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_citizen_id")
    public String applicantCitizenId;
    @Column(name = "applicant_tax_code")
    public String applicantTaxCode;
    @Column(name = "applicant_birth_date")
    public LocalDate applicantBirthDate;
    @Column(name = "applicant_phone")
    public String applicantPhone;
    @Column(name = "applicant_email")
    public String applicantEmail;
    @Column(name = "applicant_address")
    public String applicantAddress;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "counting_starts_at")
    public OffsetDateTime countingStartsAt;
    @Column(name = "appointment_at")
    public OffsetDateTime appointmentAt;
    @Column(name = "schedule_version")
    public String scheduleVersion;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** SHA-256 of the canonical JSON of the submission the key came with. */
    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;
    /** The organisation's legal representative (người đại diện theo pháp luật). */
    @Column(name = "applicant_representative")
    public String applicantRepresentative;
    /** An authorised submitter (người được ủy quyền) when not the applicant. */
    @Column(name = "submitter_name")
    public String submitterName;
    @Column(name = "submitter_citizen_id")
    public String submitterCitizenId;
    @Column(name = "submitter_phone")
    public String submitterPhone;
    /** The authorisation document (văn bản ủy quyền): number and date as written on it. */
    @Column(name = "submitter_authorisation")
    public String submitterAuthorisation;
    /** Delivery address of the result when it is returned by post (địa chỉ nhận kết quả). */
    @Column(name = "result_return_address")
    public String resultReturnAddress;
    /** Staff who received the dossier for its applicant (home visit); null when the submitter did. */
    @Column(name = "received_by")
    public String receivedBy;
    /** Processing's case state as last reported (e.g. IN_PROCESS, SUPPLEMENT_REQUESTED, RETURNED). */
    @Column(name = "processing_state")
    @jakarta.persistence.Enumerated(EnumType.STRING)
    public vn.motcua.platform.events.contract.CaseState processingState;
    /** National portal status code of that state (1-10). */
    @Column(name = "national_status")
    public Integer nationalStatus;
    @Column(name = "state_changed_at")
    public OffsetDateTime stateChangedAt;
    /** What the officer asked to supplement (nội dung yêu cầu bổ sung). */
    @Column(name = "supplement_request")
    public String supplementRequest;

    /** Why the applicant's withdrawal did not happen (processing had decided the case first); null otherwise. */
    @Column(name = "withdrawal_refused")
    public String withdrawalRefused;
    @Column(name = "supplement_submitted_at")
    public OffsetDateTime supplementSubmittedAt;
    /** Satisfaction rating (đánh giá mức độ hài lòng). */
    @Column(name = "rating")
    public String rating;
    @Column(name = "rating_comment")
    public String ratingComment;
    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;

    public enum ApplicantType { INDIVIDUAL, ORGANISATION }

    /** Where the applicant wants the result (nơi nhận kết quả). */
    public enum ReturnChannel { COUNTER, POSTAL, ONLINE }

    public static Optional<Dossier> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<Dossier> byIdempotencyKey(String submittedBy, String key) {
        return find("submittedBy = ?1 AND idempotencyKey = ?2", submittedBy, key).firstResultOptional();
    }
}
