package vn.motcua.bench;

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
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.SupplementClockMode;

/**
 * A dossier's seven changes as intake and processing publish them (accepted, then assigned, started, submitted,
 * approved, signed, returned), built from the contract's records, for what portal-sync-service must report.
 */
final class PortalJourneys {

    /** A record to publish. */
    public record Rec(String topic, String key, String value) {
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** Three agencies of the seeded directory (a department of each of two kinds and a commune), with their units. */
    public static final String[][] AGENCIES = {{"SKHCN", "000.17.22.H56"}, {"SVHTTDL", "000.19.22.H56"}, {"UBNDBS", "000.41.33.H56"}};
    static final String[] STEPS = {"ASSIGN:ASSIGNED", "START:IN_PROCESS", "SUBMIT_FOR_APPROVAL:AWAITING_APPROVAL",
            "APPROVE:APPROVED", "SIGN_RESULT:RESULT_READY", "RETURN_RESULT:RETURNED"};
    /** What the portal must have received for such a dossier, in order. */
    public static final List<Integer> EXPECTED = List.of(2, 4, 4, 4, 4, 9, 10);

    private PortalJourneys() {
    }

    /** The event's time fields say "now": the lag is measured from when the change happened. */
    public static String withNow(String value) {
        return value.replace("\"@NOW@\"", "\"" + OffsetDateTime.now() + "\"");
    }

    public static List<Rec> journey(String tag, String[] agency) throws Exception {
        String code = agency[1] + "-261203-" + tag;
        OffsetDateTime received = OffsetDateTime.parse("2026-12-03T08:00:00+07:00");
        OffsetDateTime due = received.plusDays(14);
        AgencyProfile profile = new AgencyProfile(agency[0], 1, "Cơ quan " + agency[0], AgencyProfile.AgencyLevel.PROVINCE,
                AgencyProfile.AgencyKind.DEPARTMENT, null, agency[1], "Hà Nam", List.of("07:30-11:30", "13:30-17:00"),
                new AgencyProfile.Letterhead(null, "CƠ QUAN", "Cơ quan", "Hà Nam", "GIÁM ĐỐC", agency[0]), null, true);
        List<Rec> out = new ArrayList<>();
        var accepted = new DossierAccepted(code, "1.004227.000.00.00.H56", 1, "Cấp Giấy chứng nhận", agency[0], "Cơ quan",
                Channel.ONLINE, 2, "ONLINE", "DECREE_118_2025",
                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Văn An", null, null, "Phủ Lý", "001090012345"),
                "portal-bench", received, received, due, 10, "WORKING_DAYS", "2026.1", SupplementClockMode.PAUSE, null, List.of(),
                profile, "Khoa học công nghệ", List.of(), null);
        out.add(new Rec(Topics.INTAKE_DOSSIER_EVENTS, code, event(EventCatalog.DOSSIER_ACCEPTED, code, accepted)));
        CaseState from = CaseState.RECEIVED;
        for (String s : STEPS) {
            String[] parts = s.split(":");
            CaseState to = CaseState.valueOf(parts[1]);
            var changed = new CaseStatusChanged(code, agency[0], "1.004227.000.00.00.H56",
                    new CaseStatusChanged.Transition(parts[0], from, to, to.nationalStatusCode(), "specialist1", received, null),
                    new CaseStatusChanged.Deadline(due, false, null, null), "specialist1", null, "portal-bench", null);
            out.add(new Rec(Topics.PROCESSING_CASE_EVENTS, code, event(EventCatalog.CASE_STATUS_CHANGED, code, changed)
                    .replace(JSON.writeValueAsString(received), "\"@NOW@\"")));
            from = to;
        }
        return out;
    }

    public static String event(EventCatalog type, String code, Object data) throws Exception {
        return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                "source", type.source().uri(), "type", type.type(), "subject", code, "time", "2026-12-03T01:00:00Z",
                "datacontenttype", "application/json", "data", JSON.valueToTree(data)));
    }
}
