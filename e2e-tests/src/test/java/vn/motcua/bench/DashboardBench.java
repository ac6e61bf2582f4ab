package vn.motcua.bench;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.events.contract.CaseOpened;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.events.contract.SignatureState;
import vn.motcua.testsupport.TestTokens;

/**
 * A province-year through dashboard-service: {@code bench.dossiers} (default 2,000,000) synthetic dossiers of 2025 over
 * {@code bench.units} units (departments, districts, communes; post offices with commune points), with their events on
 * both topics as intake and processing publish them — channels 45 % online, 35 % counter, 15 % postal, 5 % home visit;
 * 20 % asked for a supplement; about 10 % late, half of those with an apology; 3 % refused, 2 % withdrawn; 40 % rated —
 * consumed from the topics' beginning; then the indicator table of one unit for the year and of the whole province,
 * and the breakdowns, timed over HTTP with the real token check. Run by {@code bench/dashboard.sh}.
 */
class DashboardBench {

    static final int DOSSIERS = Integer.getInteger("bench.dossiers", 2_000_000);
    static final int UNITS = Integer.getInteger("bench.units", 120);
    static final int QUERIES = Integer.getInteger("bench.queries", 200);
    static final ZoneOffset VN = ZoneOffset.ofHours(7);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void provinceYear() throws Exception {
        try (BenchStack stack = new BenchStack()) {
            String url = stack.start("dashboard-service", Map.of("quarkus.oidc.web.tenant-enabled", "false"));
            List<String> units = new ArrayList<>();
            List<String> posts = new ArrayList<>();
            long events = 0;
            long t0 = System.nanoTime();
            // the consumer starts as soon as the first records arrive: watch it from the start of publishing
            StringBuilder timeline = new StringBuilder();
            long[] firstSeen = {0};
            var watch = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            watch.scheduleAtFixedRate(() -> {
                try {
                    long n = committed(stack);
                    if (n > 0 && firstSeen[0] == 0) {
                        firstSeen[0] = System.nanoTime();
                    }
                    synchronized (timeline) {
                        timeline.append(String.format("  %6.0f s  %,12d events handled%n", (System.nanoTime() - t0) / 1e9, n));
                    }
                } catch (Exception e) {
                    // the next sample will tell
                }
            }, 0, 10, java.util.concurrent.TimeUnit.SECONDS);
            try (KafkaProducer<String, String> producer = producer(stack)) {
                for (AgencyProfile a : agencies(units, posts)) {
                    producer.send(new ProducerRecord<>(Topics.AGENCIES, a.code(), event(EventCatalog.AGENCY_PUBLISHED, a.code(), a,
                            OffsetDateTime.parse("2025-01-01T00:00:00+07:00"))));
                }
                Random random = new Random(42);
                List<LocalDate> days = workingDays2025();
                for (int i = 0; i < DOSSIERS; i++) {
                    events += dossier(producer, random, i, units, posts, days);
                }
                producer.flush();
            }
            double publishS = (System.nanoTime() - t0) / 1e9;
            // ingest: from the first to the last event handled, watched through the consumer group's committed offsets
            // (counting the inbox's millions of rows every second would itself load the database being measured)
            while (committed(stack) < events) {
                Thread.sleep(1_000);
            }
            long handled = count(stack, "SELECT count(*) FROM processed_event WHERE consumer <> 'dashboard.agency-events'");
            if (handled != events) {
                throw new AssertionError("the inbox holds " + handled + " events, " + events + " were published");
            }
            long end = System.nanoTime();
            watch.shutdownNow();
            double ingestS = (end - (firstSeen[0] == 0 ? t0 : firstSeen[0])) / 1e9;
            long factRows = count(stack, "SELECT count(*) FROM dossier_fact");
            long counterRows = count(stack, "SELECT count(*) FROM day_count");
            long deskRows = count(stack, "SELECT count(*) FROM desk_day_count");
            String bearer = TestTokens.bearer("province1", null, "dashboard");
            Random pick = new Random(7);
            double[] unit = time(QUERIES, () -> get(url + "/api/v1/indicators?period=2025&agency=" + units.get(pick.nextInt(units.size())), bearer));
            double[] province = time(QUERIES / 4, () -> get(url + "/api/v1/indicators?period=2025", bearer));
            double[] byUnit = time(QUERIES / 4, () -> get(url + "/api/v1/indicators/units?period=2025", bearer));
            double[] trend = time(QUERIES / 4, () -> get(url + "/api/v1/indicators/trend?period=2025&agency=" + units.get(pick.nextInt(units.size())), bearer));
            double[] postal = time(QUERIES / 4, () -> get(url + "/api/v1/follow-up/postal?period=2025", bearer));
            double[] overdue = time(QUERIES / 4, () -> get(url + "/api/v1/follow-up/overdue", bearer));
            String provinceJson = given().header("Authorization", bearer).get(url + "/api/v1/indicators?period=2025").asString();
            Results.report("dashboard", String.format("""
                            %,d dossiers of 2025 over %d units, %,d events (published in %.0f s)
                            ingest: %,d events in %.0f s from the first handled to the last = %,.0f events/s through the consumer (batches of up to 1,000; publishing overlapped)
                            read model: %,d dossier facts, %,d unit-day counter rows, %,d desk-day counter rows
                            %s
                            request (HTTP, token check)                 n    p50 ms  p95 ms  p99 ms  max ms
                            %s
                            %s
                            %s
                            %s
                            %s
                            %s
                            province-year indicators: %s""",
                    DOSSIERS, units.size(), events, publishS, events, ingestS, events / ingestS, factRows, counterRows, deskRows,
                    timeline.toString().stripTrailing(),
                    row("indicators, one unit, a year", unit), row("indicators, whole province, a year", province),
                    row("by unit, whole province, a year", byUnit), row("trend by month, one unit", trend),
                    row("postal follow-up, province", postal), row("overdue list, province", overdue),
                    provinceJson.substring(0, Math.min(600, provinceJson.length()))));
        }
    }

    /** 20 departments; districts with their communes; post offices with 5 commune points each; {@code UNITS} in all. */
    static List<AgencyProfile> agencies(List<String> units, List<String> posts) {
        List<AgencyProfile> out = new ArrayList<>();
        int districts = Math.max(1, (UNITS - 20) / 10);
        for (int i = 0; i < 20; i++) {
            out.add(agency("SO" + i, "Sở số " + i, AgencyProfile.AgencyLevel.PROVINCE, AgencyProfile.AgencyKind.DEPARTMENT, null, null));
        }
        for (int d = 0; d < districts; d++) {
            out.add(agency("HUYEN" + d, "UBND huyện " + d, AgencyProfile.AgencyLevel.DISTRICT, AgencyProfile.AgencyKind.PEOPLES_COMMITTEE, null, null));
            for (int c = 0; c < 9; c++) {
                out.add(agency("XA" + d + "-" + c, "UBND xã " + d + "-" + c, AgencyProfile.AgencyLevel.COMMUNE,
                        AgencyProfile.AgencyKind.PEOPLES_COMMITTEE, "HUYEN" + d, null));
            }
            List<String> points = List.of("BD" + d + "-1", "BD" + d + "-2", "BD" + d + "-3", "BD" + d + "-4", "BD" + d + "-5");
            out.add(agency("BD" + d, "Bưu điện huyện " + d, AgencyProfile.AgencyLevel.DISTRICT, AgencyProfile.AgencyKind.POST_OFFICE, null, points));
            posts.add("BD" + d);
            posts.addAll(points);
        }
        out.stream().filter(a -> a.kind() != AgencyProfile.AgencyKind.POST_OFFICE).forEach(a -> units.add(a.code()));
        return out;
    }

    static AgencyProfile agency(String code, String name, AgencyProfile.AgencyLevel level, AgencyProfile.AgencyKind kind,
                                String parent, List<String> points) {
        return new AgencyProfile(code, 1, name, level, kind, parent, "000.00." + code, "Hà Nam", List.of("07:00-11:30", "13:30-17:00"),
                new AgencyProfile.Letterhead(null, name.toUpperCase(), name, "Hà Nam", "GIÁM ĐỐC", code), points, true);
    }

    static List<LocalDate> workingDays2025() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 2); d.getYear() == 2025; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                out.add(d);
            }
        }
        return out;
    }

    /** Publishes one dossier's events; returns how many. */
    static int dossier(KafkaProducer<String, String> producer, Random r, int n, List<String> units, List<String> posts,
                       List<LocalDate> days) throws Exception {
        // a skewed load: a few big departments, many small communes
        String unit = units.get(Math.min(units.size() - 1, (int) Math.floor(Math.pow(r.nextDouble(), 2.2) * units.size())));
        LocalDate day = days.get(r.nextInt(days.size()));
        OffsetDateTime at = day.atTime(7 + r.nextInt(9), r.nextInt(60)).atOffset(VN);
        int limit = 5 + r.nextInt(4) * 5;
        OffsetDateTime due = at.plusDays(limit * 7L / 5);
        double c = r.nextDouble();
        Channel channel = c < 0.45 ? Channel.ONLINE : c < 0.80 ? Channel.COUNTER : c < 0.95 ? Channel.POSTAL : Channel.HOME_APPOINTMENT;
        String code = String.format("000.00.%s-%s-%07d", unit, day.toString().replace("-", "").substring(2), n);
        DossierAccepted.ReceptionDesk desk = switch (channel) {
            case ONLINE -> null;
            case POSTAL -> {
                String p = posts.get(r.nextInt(posts.size()));
                yield new DossierAccepted.ReceptionDesk(p, "bd-" + p + "-" + r.nextInt(3));
            }
            default -> new DossierAccepted.ReceptionDesk(unit, "motcua-" + unit);
        };
        int parts = 2 + r.nextInt(4);
        List<DossierAccepted.ReceivedComponent> components = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            boolean file = channel == Channel.ONLINE || r.nextDouble() < 0.7;
            components.add(new DossierAccepted.ReceivedComponent("TP" + i, "Thành phần " + i, "ORIGINAL", 1, file ? "f.pdf" : null,
                    null, SignatureState.UNSIGNED, r.nextDouble() < 0.1));
        }
        List<DossierAccepted.Fee> fees = r.nextDouble() < 0.3 ? List.of(new DossierAccepted.Fee("Lệ phí", 50_000)) : List.of();
        List<ProducerRecord<String, String>> out = new ArrayList<>();
        out.add(rec(Topics.INTAKE_DOSSIER_EVENTS, EventCatalog.DOSSIER_ACCEPTED, code, at, new DossierAccepted(code, "P" + r.nextInt(50), 1,
                "Thủ tục", unit, unit, channel, channel.nationalCode(), channel == Channel.POSTAL ? "POSTAL" : "COUNTER", "DECREE_118_2025",
                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Văn A", null, null, "Hà Nam", null), null, at, at, due, limit,
                "WORKING_DAYS", null, null, null, components, null, null, fees, desk)));
        out.add(rec(Topics.PROCESSING_CASE_EVENTS, EventCatalog.CASE_OPENED, code, at,
                new CaseOpened(code, unit, "P", CaseState.RECEIVED, 2, at, due, null)));
        OffsetDateTime t = at.plusHours(1 + r.nextInt(20));
        CaseState state = CaseState.RECEIVED;
        out.add(status(code, unit, "ASSIGN", state, CaseState.ASSIGNED, t, due));
        state = CaseState.ASSIGNED;
        double fate = r.nextDouble();
        if (fate < 0.02) {
            out.add(status(code, unit, "WITHDRAW", state, CaseState.WITHDRAWN, t.plusDays(1), due));
        } else if (fate < 0.05) {
            out.add(status(code, unit, "REFUSE", state, CaseState.REFUSED, t.plusDays(2), due));
        } else {
            if (r.nextDouble() < 0.2) {
                OffsetDateTime asked = t.plusDays(1);
                out.add(status(code, unit, "REQUEST_SUPPLEMENT", state, CaseState.SUPPLEMENT_REQUESTED, asked, due));
                OffsetDateTime back = asked.plusDays(1 + r.nextInt(4));
                due = due.plusSeconds(back.toEpochSecond() - asked.toEpochSecond());
                out.add(status(code, unit, "RECEIVE_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, CaseState.IN_PROCESS, back, due));
                state = CaseState.IN_PROCESS;
                t = back;
            }
            boolean late = r.nextDouble() < 0.1;
            OffsetDateTime done = late ? due.plusDays(1 + r.nextInt(5)) : t.plusSeconds((long) ((due.toEpochSecond() - t.toEpochSecond()) * r.nextDouble()));
            if (done.isBefore(t)) {
                done = t.plusHours(1);
            }
            if (late && r.nextBoolean()) {
                OffsetDateTime newDue = done.plusDays(2);
                out.add(rec(Topics.PROCESSING_CASE_EVENTS, EventCatalog.CASE_APOLOGY_ISSUED, code, due.minusDays(1),
                        new vn.motcua.platform.events.contract.ApologyIssued(code,
                                new vn.motcua.platform.events.contract.ApologyIssued.AgencyRef(unit, unit),
                                new vn.motcua.platform.events.contract.ApologyIssued.ProcedureRef("P", "Thủ tục"), "DECREE_118_2025",
                                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Văn A", null, null, null, null), null, null,
                                new vn.motcua.platform.events.contract.ApologyIssued.Rescheduling(at, due, newDue, "Xác minh"),
                                new vn.motcua.platform.events.contract.ApologyIssued.Signer(null, "GIÁM ĐỐC", false, null), "leader",
                                due.minusDays(1))));
                due = newDue;
            }
            if (done.isAfter(OffsetDateTime.parse("2025-12-24T00:00:00+07:00")) && r.nextDouble() < 0.5) {
                // still in progress at the year's end
            } else {
                out.add(status(code, unit, "SIGN_RESULT", state, CaseState.RESULT_READY, done, due));
                OffsetDateTime returned = done.plusHours(2 + r.nextInt(48));
                out.add(status(code, unit, "RETURN_RESULT", CaseState.RESULT_READY, CaseState.RETURNED, returned, due));
                if (r.nextDouble() < 0.4) {
                    String[] ratings = {"VERY_SATISFIED", "SATISFIED", "SATISFIED", "ACCEPTABLE", "DISSATISFIED"};
                    out.add(rec(Topics.INTAKE_DOSSIER_EVENTS, EventCatalog.DOSSIER_RATED, code, returned.plusHours(1),
                            new DossierRated(code, unit, "P", ratings[r.nextInt(ratings.length)], null, returned.plusHours(1))));
                }
            }
        }
        for (ProducerRecord<String, String> rec : out) {
            producer.send(rec);
        }
        return out.size();
    }

    static ProducerRecord<String, String> status(String code, String unit, String action, CaseState from, CaseState to,
                                                 OffsetDateTime at, OffsetDateTime due) throws Exception {
        boolean signed = to == CaseState.RESULT_READY || to == CaseState.RETURNED;
        return rec(Topics.PROCESSING_CASE_EVENTS, EventCatalog.CASE_STATUS_CHANGED, code, at, new CaseStatusChanged(code, unit, "P",
                new CaseStatusChanged.Transition(action, from, to, to.nationalStatusCode(), "cb1", at, null),
                new CaseStatusChanged.Deadline(due, to.paused(), null, null), "cb-" + unit, null, null,
                signed ? List.of(new CaseStatusChanged.ResultRef("kq.pdf", "ab", null, at)) : null));
    }

    static ProducerRecord<String, String> rec(String topic, EventCatalog type, String key, OffsetDateTime at, Record data)
            throws Exception {
        return new ProducerRecord<>(topic, key, event(type, key, data, at));
    }

    static String event(EventCatalog type, String key, Object data, OffsetDateTime at) throws Exception {
        return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(), "source", type.source().uri(),
                "type", type.type(), "subject", key, "time", at.toString(), "datacontenttype", "application/json",
                "data", JSON.valueToTree(data)));
    }

    static KafkaProducer<String, String> producer(BenchStack stack) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka.bootstrapServers());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /**
     * Records the dashboard's consumer group committed on the two dossier topics (offsets start at 0 here). The
     * group is named after the read model's generation (dashboard-service-g&lt;n&gt;): whichever the service runs.
     */
    static long committed(BenchStack stack) throws Exception {
        Properties p = new Properties();
        p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka.bootstrapServers());
        try (var admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            long sum = 0;
            for (var group : admin.listConsumerGroups().all().get()) {
                if (!group.groupId().startsWith("dashboard-service-g")) {
                    continue;
                }
                sum += admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get().entrySet().stream()
                        .filter(e -> e.getKey().topic().equals(Topics.INTAKE_DOSSIER_EVENTS)
                                || e.getKey().topic().equals(Topics.PROCESSING_CASE_EVENTS))
                        .filter(e -> e.getValue() != null).mapToLong(e -> e.getValue().offset()).sum();
            }
            return sum;
        }
    }

    static long count(BenchStack stack, String sql) throws Exception {
        try (Connection c = stack.db("dashboard"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void get(String url, String bearer) {
        given().header("Authorization", bearer).get(url).then().statusCode(200);
    }

    /** Times each call in ms after two warm-up calls. */
    static double[] time(int n, Runnable call) {
        call.run();
        call.run();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static String row(String label, double[] ms) {
        return String.format("%-40s %5d  %7.1f %7.1f %7.1f %7.1f", label, ms.length, pct(ms, 0.50), pct(ms, 0.95), pct(ms, 0.99),
                ms[ms.length - 1]);
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
