package vn.motcua.dashboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.motcua.dashboard.readmodel.Metric;
import vn.motcua.dashboard.support.Dossier;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.inbox.BatchInboxConsumer;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.testsupport.RealInfrastructure;
import vn.motcua.testsupport.Waits;

/**
 * Replaying the topics from their beginning into an emptied read model gives the same tables, row for row: the
 * counters do not depend on how the records were batched or in which order the two topics were read.
 */
@QuarkusTest
class ReplayTest {

    /** A row whose every counter came back to zero (a stock entered and left in two batches) is the same as no row. */
    static final String NON_ZERO = " WHERE (" + Metric.columns("") + ") <> ("
            + java.util.Arrays.stream(Metric.values()).map(m -> "0").collect(java.util.stream.Collectors.joining(", ")) + ")";
    static final String DAYS = "SELECT * FROM day_count" + NON_ZERO + " ORDER BY agency_code, channel, day";
    static final String MONTHS = "SELECT * FROM month_count" + NON_ZERO + " ORDER BY agency_code, channel, month";
    static final String DESKS = "SELECT * FROM desk_day_count" + NON_ZERO + " ORDER BY desk_agency, desk_staff, agency_code, channel, day";
    static final String DESK_MONTHS = "SELECT * FROM desk_month_count" + NON_ZERO + " ORDER BY desk_agency, desk_staff, month";
    static final String HAND_OVERS = "SELECT * FROM hand_over ORDER BY dossier_code";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EventHandler events;
    @Inject
    DossierEventsConsumer.Intake intake;
    @Inject
    DossierEventsConsumer.Processing processing;
    @Inject
    DossierEventsConsumer.PortalSync portalSync;

    @Test
    void a_replay_of_every_topic_rebuilds_the_same_read_model() throws Exception {
        String agency = "SR" + java.util.UUID.randomUUID().toString().substring(0, 6);
        List<Dossier> dossiers = List.of(
                Dossier.of(agency).accepted("2026-02-02T09:00", "2026-02-16T17:00")
                        .step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, "2026-02-03T09:00")
                        .step("RECEIVE_SUPPLEMENT", CaseState.IN_PROCESS, "2026-02-05T09:00", "2026-02-18T17:00")
                        .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-02-19T09:00").synced("2026-02-02T09:02"),
                Dossier.of(agency).channel(Channel.POSTAL).desk("BDTP", "postal1").accepted("2026-02-27T16:00", "2026-03-13T17:00")
                        .apology("2026-03-12T09:00", "2026-03-20T17:00")
                        .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-02T09:00")
                        .rated("ACCEPTABLE", "2026-03-03T09:00"));
        dossiers.get(0).publishProcessingFirst();
        dossiers.get(1).publish();
        Waits.until("both dossiers counted", () -> count("SELECT count(*) FROM dossier_fact WHERE agency_code = '" + agency
                + "' AND accepted AND done_at IS NOT NULL AND (rating IS NOT NULL OR channel = 'ONLINE')") == 2);
        Waits.holds("the consumers are idle", Duration.ofSeconds(2), new Idle());
        List<List<Object>> counters = rows(DAYS);
        List<List<Object>> facts = rows("SELECT * FROM dossier_fact ORDER BY dossier_code");
        List<List<Object>> desks = rows(DESKS);
        List<List<Object>> months = rows(MONTHS);
        List<List<Object>> deskMonths = rows(DESK_MONTHS);
        List<List<Object>> handOvers = rows(HAND_OVERS);
        assertThat(counters).isNotEmpty();

        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("TRUNCATE dossier_fact, day_count, month_count, desk_day_count, desk_month_count, hand_over");
                s.execute("DELETE FROM processed_event WHERE consumer IN ('" + IngestWriter.INTAKE + "', '" + IngestWriter.PROCESSING
                        + "', '" + IngestWriter.PORTAL + "')");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        // processing's topic first this time, in batches of another size than the channel's
        replay(Topics.PROCESSING_CASE_EVENTS, processing, 7);
        replay(Topics.INTAKE_DOSSIER_EVENTS, intake, 13);
        replay(Topics.PORTAL_SYNC_EVENTS, portalSync, 5);

        assertThat(rows(DAYS)).isEqualTo(counters);
        assertThat(rows("SELECT * FROM dossier_fact ORDER BY dossier_code")).isEqualTo(facts);
        assertThat(rows(DESKS)).isNotEmpty().isEqualTo(desks);
        assertThat(rows(MONTHS)).isNotEmpty().isEqualTo(months);
        assertThat(rows(DESK_MONTHS)).isNotEmpty().isEqualTo(deskMonths);
        assertThat(rows(HAND_OVERS)).isNotEmpty().isEqualTo(handOvers);
    }

    private void replay(String topic, BatchInboxConsumer consumer, int batch) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrap());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (var kc = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = kc.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            kc.assign(parts);
            kc.seekToBeginning(parts);
            Map<TopicPartition, Long> end = kc.endOffsets(parts);
            List<ConsumerRecord<String, String>> pending = new ArrayList<>();
            while (parts.stream().anyMatch(tp -> kc.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : kc.poll(Duration.ofMillis(500))) {
                    pending.add(r);
                    if (pending.size() == batch) {
                        events.handleBatch(consumer, pending);
                        pending = new ArrayList<>();
                    }
                }
            }
            if (!pending.isEmpty()) {
                events.handleBatch(consumer, pending);
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<List<Object>> rows(String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** No inbox row was added since the last look. */
    private final class Idle implements java.util.concurrent.Callable<Boolean> {
        private long last = -1;

        @Override
        public Boolean call() throws Exception {
            long now = count("SELECT count(*) FROM processed_event");
            boolean same = now == last;
            last = now;
            return same;
        }
    }
}
