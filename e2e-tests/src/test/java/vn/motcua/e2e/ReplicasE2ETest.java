package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Two processing-service processes against the same database and Kafka, both sweeping deadlines every second:
 * every crossing reaches Kafka exactly once.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedStack.Extension.class)
class ReplicasE2ETest {

    static final String INTAKE_TOPIC = "motcua.intake.dossier-events";
    static final String CASE_TOPIC = "motcua.processing.case-events";
    static final String CROSSED = "vn.motcua.processing.case.deadline-crossed.v1";

    static String accepted(String code, OffsetDateTime received, OffsetDateTime due) {
        return """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.dossier.accepted.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","procedureCode":"1.004227.000.00.00.H56","procedureVersion":1,
                   "procedureName":"Cấp Giấy chứng nhận","agencyCode":"SKHCN","agencyName":"Sở KH&CN","channel":"COUNTER",
                   "nationalChannelCode":1,"resultReturnChannel":"COUNTER","ruleSet":"DECREE_118_2025",
                   "applicant":{"type":"INDIVIDUAL","name":"Phạm Thị Cúc","phone":"0987654321","email":null,"address":"Phủ Lý"},
                   "submittedBy":"counter1","receivedAt":"%s","countingStartsAt":"%s","appointmentAt":"%s",
                   "timeLimitAmount":10,"timeLimitUnit":"WORKING_DAYS","scheduleVersion":"2026.1","supplementClockMode":"PAUSE"}}
                """.formatted(UUID.randomUUID(), code, vn(received), code, vn(received), vn(received), vn(due));
    }

    /** Instants as intake writes them, at +07:00 (the published schema holds producers to it). */
    private static String vn(OffsetDateTime t) {
        return t.withOffsetSameInstant(java.time.ZoneOffset.ofHours(7)).toString();
    }

    @Test
    void twoInstancesAnnounceEachDeadlineCrossingExactlyOnce() throws Exception {
        SharedStack s = SharedStack.get();
        s.stack().startReplica("processing-service");

        // 60 dossiers received a month ago and due ten days ago: each crosses NEAR_DUE and OVERDUE once
        OffsetDateTime received = OffsetDateTime.now().minusDays(30);
        OffsetDateTime due = OffsetDateTime.now().minusDays(10);
        List<String> codes = new ArrayList<>();
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, s.stack().kafkaBootstrap());
        try (var producer = new KafkaProducer<>(pp, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 60; i++) {
                String code = "000.17.22.H56-261001-" + String.format("%04d", 9000 + i);
                codes.add(code);
                producer.send(new ProducerRecord<>(INTAKE_TOPIC, code, accepted(code, received, due))).get();
            }
        }

        Map<String, Integer> crossings = new HashMap<>();
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, s.stack().kafkaBootstrap());
        cp.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-counter-" + UUID.randomUUID());
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(cp, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(CASE_TOPIC));
            long quietSince = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            // read until every case has two crossings, then keep reading 8 s more to catch any duplicate
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (codes.contains(r.key()) && r.value().contains("\"type\":\"" + CROSSED + "\"")) {
                        crossings.merge(r.key(), 1, Integer::sum);
                        quietSince = System.nanoTime();
                    }
                }
                boolean all = codes.stream().allMatch(c -> crossings.getOrDefault(c, 0) >= 2);
                if (all && System.nanoTime() - quietSince > Duration.ofSeconds(8).toNanos()) {
                    break;
                }
            }
        }
        for (String code : codes) {
            assertThat(crossings.getOrDefault(code, 0)).as("deadline events of %s", code).isEqualTo(2);
        }
        // and notification-service alerted once per crossing: the (unassigned) case's leaders three times (near due,
        // overdue, and the first step — assignment — overdue), the one-stop office once (overdue)
        String notification = s.url("notification-service");
        String leader = s.tokens().of("leader1");
        String counter = s.tokens().of("counter1");
        for (String code : List.of(codes.get(0), codes.get(codes.size() - 1))) {
            vn.motcua.testsupport.Waits.holds("three leader alerts for " + code, Duration.ofSeconds(1), () ->
                    io.restassured.RestAssured.given().auth().oauth2(leader).get(notification + "/api/v1/notifications?dossierCode=" + code)
                            .jsonPath().getList("items.findAll { it.kind == 'DEADLINE_ALERT' }").size() == 3);
            io.restassured.RestAssured.given().auth().oauth2(counter).get(notification + "/api/v1/notifications?dossierCode=" + code)
                    .then().body("items.findAll { it.kind == 'DEADLINE_ALERT' }.size()", org.hamcrest.Matchers.equalTo(1));
        }
    }
}
