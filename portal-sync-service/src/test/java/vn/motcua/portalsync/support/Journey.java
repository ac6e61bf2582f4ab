package vn.motcua.portalsync.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.events.contract.DossierSupplemented;
import vn.motcua.platform.events.contract.SignatureState;
import vn.motcua.platform.events.contract.SupplementClockMode;
import vn.motcua.testsupport.KafkaRecords;
import vn.motcua.testsupport.TestCodes;

/**
 * A dossier's life as intake and processing publish it, built from the contract's records: the test decides in which
 * order the two streams reach Kafka (they are read by two consumers, so any order can happen in production).
 */
public final class Journey {

    public static final String PROCEDURE = "1.004227.000.00.00.H56";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** An agency of the seeded directory, with its unit identifier. */
    public record Agency(String code, String name, String exchangeId) {
        public static final Agency SKHCN = new Agency("SKHCN", "Sở Khoa học và Công nghệ", "000.17.22.H56");
        public static final Agency SVHTTDL = new Agency("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "000.19.22.H56");
        public static final Agency UBND_COMMUNE = new Agency("UBNDBS", "Ủy ban nhân dân xã Ba Sao", "000.41.33.H56");

        AgencyProfile profile() {
            return new AgencyProfile(code, 1, name, AgencyProfile.AgencyLevel.PROVINCE, AgencyProfile.AgencyKind.DEPARTMENT,
                    null, exchangeId, "Hà Nam", List.of("07:30-11:30", "13:30-17:00"),
                    new AgencyProfile.Letterhead("UBND TỈNH HÀ NAM", name.toUpperCase(), name, "Hà Nam", "GIÁM ĐỐC", code), null, true);
        }
    }

    public final String code;
    private final Agency agency;
    private final List<String> intake = new ArrayList<>();
    private final List<String> processing = new ArrayList<>();
    private OffsetDateTime clock;
    private OffsetDateTime due;
    private CaseState state = CaseState.RECEIVED;
    private String partner;

    private Journey(Agency agency, OffsetDateTime receivedAt) {
        this.agency = agency;
        this.code = TestCodes.dossier(agency.exchangeId());
        this.clock = receivedAt;
    }

    public static Journey of(Agency agency) {
        return new Journey(agency, OffsetDateTime.parse("2026-11-24T09:00:00+07:00"));
    }

    public static Journey of(Agency agency, OffsetDateTime receivedAt) {
        return new Journey(agency, receivedAt);
    }

    /** intake accepted it: {@code days} working days, due at {@code dueAt}. */
    public Journey accepted(int days, OffsetDateTime dueAt) {
        return accepted(days, dueAt, agency.profile());
    }

    public Journey accepted(int days, OffsetDateTime dueAt, AgencyProfile profile) {
        this.due = dueAt;
        var a = new DossierAccepted(code, PROCEDURE, 1, "Cấp Giấy chứng nhận đăng ký hoạt động", agency.code(), agency.name(),
                Channel.ONLINE, 2, "ONLINE", "DECREE_118_2025",
                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Văn An", "0912345678", null, "Phủ Lý",
                        TestCodes.citizenId("0010900")),
                "citizen1", clock, clock, dueAt, days, "WORKING_DAYS", "2026.1", SupplementClockMode.PAUSE, null,
                List.of(new DossierAccepted.ReceivedComponent("DON", "Đơn đề nghị", "ORIGINAL", 1, "don.pdf", "ab12",
                        SignatureState.UNSIGNED, false)),
                profile, "Khoa học công nghệ", List.of(new DossierAccepted.Fee("Lệ phí cấp giấy chứng nhận", 150000)), null);
        intake.add(event(EventCatalog.DOSSIER_ACCEPTED, a));
        return this;
    }

    public Journey accepted() {
        return accepted(10, clock.plusDays(14));
    }

    /** processing's opening (RECEIVE, no from-state): not sent on its own. */
    public Journey opened() {
        return transition("RECEIVE", null, CaseState.RECEIVED, false, null, null);
    }

    public Journey step(String action, CaseState to) {
        return transition(action, state, to, to.paused(), null, null);
    }

    public Journey transfer(Agency to) {
        this.partner = to.code();
        return transition("TRANSFER", state, CaseState.TRANSFERRED, false, null, null);
    }

    public Journey transferBack() {
        Journey j = transition("RETURN_TRANSFER", state, CaseState.IN_PROCESS, false, null, null);
        this.partner = null;
        return j;
    }

    public Journey signed() {
        return transition("SIGN_RESULT", state, CaseState.RESULT_READY, false, null,
                List.of(new CaseStatusChanged.ResultRef(code + ".pdf", "cd34", "Trần Thị Bình", clock)));
    }

    public Journey returned() {
        return transition("RETURN_RESULT", state, CaseState.RETURNED, false, null,
                List.of(new CaseStatusChanged.ResultRef(code + ".pdf", "cd34", "Trần Thị Bình", clock)));
    }

    /** Clock paused or not as the event says, independent of the state (e.g. a paused dossier already overdue). */
    public Journey transition(String action, CaseState from, CaseState to, boolean paused, OffsetDateTime newDue,
                              List<CaseStatusChanged.ResultRef> results) {
        clock = clock.plusHours(1);
        if (newDue != null) {
            due = newDue;
        }
        var e = new CaseStatusChanged(code, agency.code(), PROCEDURE,
                new CaseStatusChanged.Transition(action, from, to, to.nationalStatusCode(), "specialist1", clock, "Ghi chú " + action),
                new CaseStatusChanged.Deadline(due, paused, null, null), "specialist1",
                to == CaseState.TRANSFERRED ? partner : null, "citizen1", results);
        processing.add(event(EventCatalog.CASE_STATUS_CHANGED, e));
        state = to;
        return this;
    }

    public Journey supplemented() {
        clock = clock.plusMinutes(30);
        intake.add(event(EventCatalog.DOSSIER_SUPPLEMENTED, new DossierSupplemented(code,
                List.of(new DossierAccepted.ReceivedComponent("GP", "Bản sao giấy phép", "COPY", 1, "gp.pdf", "ef56",
                        SignatureState.UNSIGNED, false)), "Đã bổ sung", "citizen1", clock)));
        return this;
    }

    public Journey rated(String rating) {
        clock = clock.plusHours(2);
        intake.add(event(EventCatalog.DOSSIER_RATED, new DossierRated(code, agency.code(), PROCEDURE, rating, "Tốt", clock)));
        return this;
    }

    /** Publishes processing's events first, then intake's: the hardest order for the sync. */
    public Journey publishProcessingFirst() {
        send(Topics.PROCESSING_CASE_EVENTS, processing);
        send(Topics.INTAKE_DOSSIER_EVENTS, intake);
        return this;
    }

    public Journey publishIntakeFirst() {
        send(Topics.INTAKE_DOSSIER_EVENTS, intake);
        send(Topics.PROCESSING_CASE_EVENTS, processing);
        return this;
    }

    /** Publishes what was built since the last publish, intake's first, and forgets it. */
    public Journey publish() {
        return publishIntakeFirst();
    }

    private void send(String topic, List<String> values) {
        if (!values.isEmpty()) {
            KafkaRecords.send(topic, code, values);
            values.clear();
        }
    }

    /** Publishes a raw record (a malformed one, for the poison test). */
    public static void sendRaw(String topic, String key, String value) {
        KafkaRecords.send(topic, key, value);
    }

    private String event(EventCatalog type, Object data) {
        try {
            return JSON.writeValueAsString(java.util.Map.<String, Object>of(
                    "specversion", "1.0", "id", UUID.randomUUID().toString(), "source", type.source().uri(),
                    "type", type.type(), "subject", code, "time", clock.toString(), "datacontenttype", "application/json",
                    "data", JSON.valueToTree(data)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
