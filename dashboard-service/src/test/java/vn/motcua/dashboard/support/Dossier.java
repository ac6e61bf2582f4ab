package vn.motcua.dashboard.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.CaseOpened;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.DeadlineStage;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.events.contract.ReceptionSlipIssued;
import vn.motcua.platform.events.contract.SignatureState;
import vn.motcua.testsupport.KafkaRecords;
import vn.motcua.testsupport.TestCodes;

/**
 * A dossier's life as intake and processing publish it, at the times the test names: the contract's records, in
 * each topic's order. The unit tests feed the records to the fact; the service tests publish them to Kafka.
 */
public final class Dossier {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One event: its topic, type and data. */
    public record Event(String topic, EventCatalog type, String key, Record data, OffsetDateTime at, String id) {
        public String json() {
            try {
                return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", id, "source", type.source().uri(),
                        "type", type.type(), "subject", key, "time", at.toString(), "datacontenttype", "application/json",
                        "data", JSON.valueToTree(data)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An agency as the directory publishes it. */
    public static AgencyProfile agency(String code, String name, AgencyProfile.AgencyKind kind, String parent, String... points) {
        return new AgencyProfile(code, 1, name, parent == null ? AgencyProfile.AgencyLevel.PROVINCE : AgencyProfile.AgencyLevel.COMMUNE,
                kind, parent, "000.00." + Math.abs(code.hashCode() % 90 + 10) + ".H56", "Hà Nam",
                List.of("07:00-11:30", "13:30-17:00"),
                new AgencyProfile.Letterhead("UBND TỈNH HÀ NAM", name.toUpperCase(), name, "Hà Nam", "GIÁM ĐỐC", code),
                points.length == 0 ? null : List.of(points), true);
    }

    public static final String PROCEDURE = "1.004227.000.00.00.H56";

    public final String code;
    private final String agency;
    private final List<Event> intake = new ArrayList<>();
    private final List<Event> processing = new ArrayList<>();
    private final List<Event> portal = new ArrayList<>();
    private Channel channel = Channel.ONLINE;
    private DossierAccepted.ReceptionDesk desk;
    private String returnChannel = "ONLINE";
    private int components = 2;
    private int digitised = 1;
    private int reused;
    private long fee;
    private OffsetDateTime due;
    private CaseState state;

    private Dossier(String agency) {
        this.agency = agency;
        this.code = TestCodes.dossier("000.17.22.H56");
    }

    public static Dossier of(String agency) {
        return new Dossier(agency);
    }

    public Dossier channel(Channel c) {
        channel = c;
        return this;
    }

    /** Received at a desk (counter, post office, commune point) by a staff member. */
    public Dossier desk(String deskAgency, String staff) {
        desk = new DossierAccepted.ReceptionDesk(deskAgency, staff);
        return this;
    }

    public Dossier returnedBy(String channel) {
        returnChannel = channel;
        return this;
    }

    public Dossier components(int total, int digitisedOnes, int reusedOnes) {
        components = total;
        digitised = digitisedOnes;
        reused = reusedOnes;
        return this;
    }

    public Dossier fee(long vnd) {
        fee = vnd;
        return this;
    }

    public Dossier accepted(String receivedAt, String dueAt) {
        OffsetDateTime at = t(receivedAt);
        due = t(dueAt);
        List<DossierAccepted.ReceivedComponent> parts = new ArrayList<>();
        for (int i = 0; i < components; i++) {
            boolean file = i < digitised;
            parts.add(new DossierAccepted.ReceivedComponent("TP" + i, "Thành phần " + i, "ORIGINAL", 1, file ? "tp" + i + ".pdf" : null,
                    file ? "ab" + i : null, SignatureState.UNSIGNED, i < reused));
        }
        var a = new DossierAccepted(code, PROCEDURE, 1, "Cấp Giấy chứng nhận", agency, "Cơ quan " + agency, channel,
                channel.nationalCode(), returnChannel, "DECREE_118_2025",
                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Văn An", "0912345678", null, "Phủ Lý", TestCodes.citizenId("0010900")),
                channel == Channel.ONLINE ? "citizen1" : desk == null ? "counter1" : desk.staff(), at, at, due, 10, "WORKING_DAYS",
                "2026.1", null, null, parts, null, "Khoa học công nghệ",
                fee > 0 ? List.of(new DossierAccepted.Fee("Lệ phí", fee)) : List.of(), channel == Channel.ONLINE ? null : desk);
        intake.add(new Event(Topics.INTAKE_DOSSIER_EVENTS, EventCatalog.DOSSIER_ACCEPTED, code, a, at, id()));
        var o = new CaseOpened(code, agency, PROCEDURE, CaseState.RECEIVED, 2, at, due, null);
        processing.add(new Event(Topics.PROCESSING_CASE_EVENTS, EventCatalog.CASE_OPENED, code, o, at, id()));
        state = CaseState.RECEIVED;
        return this;
    }

    /** A transition at {@code at}; {@code newDue} when it moves the due date (a resumption after a pause). */
    public Dossier step(String action, CaseState to, String at, String newDue) {
        OffsetDateTime when = t(at);
        if (newDue != null) {
            due = t(newDue);
        }
        boolean signed = to == CaseState.RESULT_READY || to == CaseState.RETURNED;
        var e = new CaseStatusChanged(code, agency, PROCEDURE,
                new CaseStatusChanged.Transition(action, state, to, to.nationalStatusCode(), "specialist1", when, null),
                new CaseStatusChanged.Deadline(due, to.paused(), null, null), "specialist1", null, null,
                signed ? List.of(new CaseStatusChanged.ResultRef(code + ".pdf", "cd34", "Trần Thị Bình", when)) : null);
        processing.add(new Event(Topics.PROCESSING_CASE_EVENTS, EventCatalog.CASE_STATUS_CHANGED, code, e, when, id()));
        state = to;
        return this;
    }

    public Dossier step(String action, CaseState to, String at) {
        return step(action, to, at, null);
    }

    public Dossier apology(String at, String newDue) {
        OffsetDateTime when = t(at);
        OffsetDateTime previous = due;
        due = t(newDue);
        var a = new ApologyIssued(code, new ApologyIssued.AgencyRef(agency, "Cơ quan " + agency),
                new ApologyIssued.ProcedureRef(PROCEDURE, "Cấp Giấy chứng nhận"), "DECREE_118_2025",
                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Văn An", null, null, null, null), null, null,
                new ApologyIssued.Rescheduling(when, previous, due, "Cần xác minh thêm"),
                new ApologyIssued.Signer("Lê Văn C", "GIÁM ĐỐC", false, null), "leader1", when);
        processing.add(new Event(Topics.PROCESSING_CASE_EVENTS, EventCatalog.CASE_APOLOGY_ISSUED, code, a, when, id()));
        return this;
    }

    public Dossier nearDue(String at) {
        var d = new DeadlineCrossed(code, agency, PROCEDURE, null, DeadlineStage.NEAR_DUE, state, due, null, false, "specialist1", t(at));
        processing.add(new Event(Topics.PROCESSING_CASE_EVENTS, EventCatalog.CASE_DEADLINE_CROSSED, code, d, t(at), id()));
        return this;
    }

    /** portal-sync reports that the national portal acknowledged the dossier (its own topic). */
    public Dossier synced(String at) {
        portal.add(new Event(Topics.PORTAL_SYNC_EVENTS, EventCatalog.PORTAL_DOSSIER_SYNCED, code,
                new vn.motcua.platform.events.contract.DossierSynced(code, "000.17.22.H56", t(at)), t(at), id()));
        return this;
    }

    /** A bill of the dossier paid at {@code at}, online or in cash. */
    public Dossier paid(vn.motcua.platform.events.contract.PaymentChannel channel, String at) {
        var p = new vn.motcua.platform.events.contract.PaymentSettled(code,
                new vn.motcua.platform.events.contract.ApologyIssued.AgencyRef(agency, "Cơ quan " + agency),
                new vn.motcua.platform.events.contract.ApologyIssued.ProcedureRef(PROCEDURE, "Thủ tục"),
                new vn.motcua.platform.events.contract.PaymentSettled.Bill(code + "-TT01",
                        vn.motcua.platform.events.contract.FeeKind.CHARGE, 150_000, "Thông tư 263/2016/TT-BTC", "Lệ phí"),
                new vn.motcua.platform.events.contract.PaymentSettled.Payer("Nguyễn Văn An", null), "citizen1",
                new vn.motcua.platform.events.contract.PaymentSettled.Settlement(channel, channel.online() ? "GW1" : null,
                        channel.online() ? null : "counter1", t(at), t(at)));
        processing.add(new Event(Topics.PROCESSING_CASE_EVENTS, EventCatalog.PAYMENT_SETTLED, code, p, t(at), id()));
        return this;
    }

    public Dossier rated(String rating, String at) {
        intake.add(new Event(Topics.INTAKE_DOSSIER_EVENTS, EventCatalog.DOSSIER_RATED, code,
                new DossierRated(code, agency, PROCEDURE, rating, null, t(at)), t(at), id()));
        return this;
    }

    /** A slip at a desk (the dossier not accepted): no dossier code. */
    public static Event slip(String deskAgency, String officer, ReceptionSlipIssued.Kind kind, String at) {
        String id = UUID.randomUUID().toString();
        var s = new ReceptionSlipIssued(id, kind, deskAgency, "Bưu điện " + deskAgency, PROCEDURE, "Cấp Giấy chứng nhận",
                "DECREE_118_2025", new DossierAccepted.Applicant("INDIVIDUAL", "Trần Văn B", null, null, null, null), List.of(),
                kind == ReceptionSlipIssued.Kind.REFUSAL ? "Không thuộc thẩm quyền" : null, officer, t(at));
        return new Event(Topics.INTAKE_DOSSIER_EVENTS, EventCatalog.RECEPTION_SLIP_ISSUED, id, s, t(at), id());
    }

    public List<Event> intake() {
        return List.copyOf(intake);
    }

    public List<Event> processing() {
        return List.copyOf(processing);
    }

    public List<Event> portal() {
        return List.copyOf(portal);
    }

    /** Publishes processing's events before intake's (the order a consumer of two topics may well see). */
    public Dossier publishProcessingFirst() {
        send(portal);
        send(processing);
        send(intake);
        return this;
    }

    public Dossier publish() {
        send(intake);
        send(processing);
        send(portal);
        return this;
    }

    public static void send(List<Event> events) {
        for (Event e : events) {
            KafkaRecords.send(e.topic(), e.key(), e.json());
        }
    }

    /** Vietnam local time as {@code 2026-03-02T09:00}. */
    public static OffsetDateTime t(String local) {
        return OffsetDateTime.parse(local + (local.length() == 16 ? ":00" : "") + "+07:00");
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
