package vn.motcua.platform.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.CaseOpened;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.ComponentAdded;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.events.contract.DossierSupplemented;
import vn.motcua.platform.events.contract.DossierSynced;
import vn.motcua.platform.events.contract.DossierWithdrawn;
import vn.motcua.platform.events.contract.PaymentSettled;
import vn.motcua.platform.events.contract.ReceptionSlipIssued;
import vn.motcua.platform.events.contract.StepOverdue;
import vn.motcua.platform.events.contract.WithdrawalRefused;

/**
 * Every event the product publishes: its CloudEvents type, the service that is its source, the topic it travels on
 * and the record its {@code data} is. The outbox publishes only what is listed here, and the JSON Schemas and the
 * AsyncAPI document under {@code docs/events/} are generated from this list (checked by the contract module's tests),
 * so the three cannot drift apart.
 */
public enum EventCatalog {
    DOSSIER_ACCEPTED(EventTypes.DOSSIER_ACCEPTED, Source.INTAKE, Topics.INTAKE_DOSSIER_EVENTS, DossierAccepted.class,
            "A complete dossier was received, given its code and appointment date (tiếp nhận hồ sơ)."),
    DOSSIER_COMPONENT_ADDED(EventTypes.DOSSIER_COMPONENT_ADDED, Source.INTAKE, Topics.INTAKE_DOSSIER_EVENTS, ComponentAdded.class,
            "A file was attached to a dossier's component, with its hash and signature check."),
    DOSSIER_WITHDRAWN(EventTypes.DOSSIER_WITHDRAWN, Source.INTAKE, Topics.INTAKE_DOSSIER_EVENTS, DossierWithdrawn.class,
            "The applicant withdrew the dossier (rút hồ sơ)."),
    DOSSIER_SUPPLEMENTED(EventTypes.DOSSIER_SUPPLEMENTED, Source.INTAKE, Topics.INTAKE_DOSSIER_EVENTS, DossierSupplemented.class,
            "The applicant brought what processing asked for (bổ sung hồ sơ)."),
    DOSSIER_RATED(EventTypes.DOSSIER_RATED, Source.INTAKE, Topics.INTAKE_DOSSIER_EVENTS, DossierRated.class,
            "The applicant rated the handling of a returned dossier (đánh giá mức độ hài lòng)."),
    RECEPTION_SLIP_ISSUED(EventTypes.RECEPTION_SLIP_ISSUED, Source.INTAKE, Topics.INTAKE_DOSSIER_EVENTS, ReceptionSlipIssued.class,
            "At reception the dossier was not accepted: a supplement request (form 02) or a refusal (form 03)."),
    AGENCY_PUBLISHED(EventTypes.AGENCY_PUBLISHED, Source.INTAKE, Topics.AGENCIES, AgencyProfile.class,
            "A version of an agency of the directory; compacted topic keyed by agency code."),
    CASE_OPENED(EventTypes.CASE_OPENED, Source.PROCESSING, Topics.PROCESSING_CASE_EVENTS, CaseOpened.class,
            "processing-service took a received dossier in charge."),
    CASE_STATUS_CHANGED(EventTypes.CASE_STATUS_CHANGED, Source.PROCESSING, Topics.PROCESSING_CASE_EVENTS, CaseStatusChanged.class,
            "Every transition of a case, with the national portal's status code."),
    CASE_DEADLINE_CROSSED(EventTypes.CASE_DEADLINE_CROSSED, Source.PROCESSING, Topics.PROCESSING_CASE_EVENTS, DeadlineCrossed.class,
            "A case crossed into NEAR_DUE or OVERDUE; once per crossing."),
    CASE_STEP_OVERDUE(EventTypes.CASE_STEP_OVERDUE, Source.PROCESSING, Topics.PROCESSING_CASE_EVENTS, StepOverdue.class,
            "The officer's current step of a case passed its due time."),
    CASE_APOLOGY_ISSUED(EventTypes.CASE_APOLOGY_ISSUED, Source.PROCESSING, Topics.PROCESSING_CASE_EVENTS, ApologyIssued.class,
            "The late agency apologised and set a new appointment date (phiếu xin lỗi và hẹn lại)."),
    CASE_WITHDRAWAL_REFUSED(EventTypes.CASE_WITHDRAWAL_REFUSED, Source.PROCESSING, Topics.PROCESSING_CASE_EVENTS, WithdrawalRefused.class,
            "A withdrawal arrived after the case had a decision; intake puts the dossier back."),
    PAYMENT_SETTLED(EventTypes.PAYMENT_SETTLED, Source.PROCESSING, Topics.PROCESSING_CASE_EVENTS, PaymentSettled.class,
            "A fee or charge of a case was paid (online through the payment gateway, or in cash at the counter or to postal staff); once per bill."),
    PORTAL_DOSSIER_SYNCED(EventTypes.PORTAL_DOSSIER_SYNCED, Source.PORTAL_SYNC, Topics.PORTAL_SYNC_EVENTS, DossierSynced.class,
            "The National Public Service Portal acknowledged the dossier itself (đồng bộ hồ sơ lên Cổng DVCQG); once per dossier.");

    /** The producing service, as the CloudEvents {@code source} attribute names it. */
    public enum Source {
        INTAKE(EventTypes.INTAKE_SOURCE), PROCESSING(EventTypes.PROCESSING_SOURCE), PORTAL_SYNC(EventTypes.PORTAL_SYNC_SOURCE);

        private final String uri;

        Source(String uri) {
            this.uri = uri;
        }

        public String uri() {
            return uri;
        }
    }

    private static final Map<String, EventCatalog> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventCatalog::type, Function.identity()));

    private final String type;
    private final Source source;
    private final String topic;
    private final Class<? extends Record> dataType;
    private final String summary;

    EventCatalog(String type, Source source, String topic, Class<? extends Record> dataType, String summary) {
        this.type = type;
        this.source = source;
        this.topic = topic;
        this.dataType = dataType;
        this.summary = summary;
    }

    public static Optional<EventCatalog> ofType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The CloudEvents {@code type}, e.g. {@code vn.motcua.intake.dossier.accepted.v1}. */
    public String type() {
        return type;
    }

    public Source source() {
        return source;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> dataType() {
        return dataType;
    }

    public String summary() {
        return summary;
    }

    /** File name of the event's JSON Schema under {@code docs/events/schemas/}. */
    public String schemaFile() {
        return type + ".schema.json";
    }
}
