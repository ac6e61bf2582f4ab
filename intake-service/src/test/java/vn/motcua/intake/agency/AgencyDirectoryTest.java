package vn.motcua.intake.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Topics;
import vn.motcua.testsupport.RealInfrastructure;

/** intake owns the agency directory: every agency is published, changes by an admin are published as new versions. */
@QuarkusTest
class AgencyDirectoryTest {

    static String update(String hours, String place) {
        return """
                {"name":"Ủy ban nhân dân xã Ba Sao","placeName":"%s","officeHours":%s,"active":true,
                 "letterhead":{"governingBody":"UBND HUYỆN KIM BẢNG","printedName":"ỦY BAN NHÂN DÂN XÃ BA SAO",
                   "headTitle":"CHỦ TỊCH","symbol":"UBND"}}""".formatted(place, hours);
    }

    /** The newest payload of each agency on the compacted topic, read from the start. */
    static Map<String, String> topic(int atLeast) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, String> newest = new HashMap<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(Topics.AGENCIES));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                c.poll(Duration.ofMillis(500)).forEach(r -> newest.put(r.key(), r.value()));
                return newest.size() >= atLeast;
            });
        }
        return newest;
    }

    @Test
    void everySeededAgencyIsListedWithOfficeHoursAndALetterheadAndPublished() throws Exception {
        var agencies = given().get("/api/v1/agencies").then().statusCode(200).extract().jsonPath();
        List<String> codes = agencies.getList("code");
        assertThat(codes).hasSizeGreaterThanOrEqualTo(15).contains("UBNDT", "SKHCN", "UBNDBS", "UBNDLH", "BDTP", "BDBS");
        assertThat(agencies.getList("letterhead.place", String.class)).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
        assertThat(agencies.getList("letterhead.printedName", String.class)).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
        assertThat(agencies.getList("officeHours")).isNotEmpty().allSatisfy(h -> assertThat((List<?>) h).isNotEmpty());
        given().get("/api/v1/agencies/BDTP").then().statusCode(200).body("postalPoints", equalTo(List.of("BDLT")))
                .body("officeHours", equalTo(List.of("07:30-11:30", "13:30-17:30")));
        given().get("/api/v1/agencies/UBNDBS").then().statusCode(200)
                .body("letterhead.governingBody", equalTo("UBND HUYỆN KIM BẢNG")).body("letterhead.place", equalTo("Ba Sao"));
        given().queryParam("kind", "POST_OFFICE").get("/api/v1/agencies").then().statusCode(200)
                .body("kind.unique()", equalTo(List.of("POST_OFFICE")));
        given().get("/api/v1/agencies/NOPE").then().statusCode(404).contentType("application/problem+json");

        Map<String, String> published = topic(codes.size());
        assertThat(published.keySet()).containsAll(codes);
        assertThat(published.get("UBNDBS")).contains("\"type\":\"vn.motcua.intake.agency.published.v1\"", "\"place\":\"Ba Sao\"");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrap()))) {
            var topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.AGENCIES);
            assertThat(admin.describeConfigs(List.of(topic)).all().get().get(topic).get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anAdminsChangesArePublishedAsNewVersionsAndConcurrentChangesNeverShareOne() {
        long before = given().get("/api/v1/agencies/UBNDBS").then().extract().jsonPath().getLong("version");
        List<CompletableFuture<Long>> writes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String place = "Ba Sao " + i;
            writes.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                    .body(update("[\"07:00-11:30\",\"13:30-17:00\"]", place)).put("/api/v1/agencies/UBNDBS")
                    .then().statusCode(200).extract().jsonPath().getLong("version")));
        }
        List<Long> versions = writes.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(versions).containsExactly(before + 1, before + 2, before + 3, before + 4);
        String done = given().contentType(ContentType.JSON).body(update("[\"07:00-11:30\",\"13:30-17:00\"]", "Ba Sao"))
                .put("/api/v1/agencies/UBNDBS").then().statusCode(200).body("version", equalTo((int) before + 5))
                .body("letterhead.place", equalTo("Ba Sao")).extract().asString();
        assertThat(done).contains("\"version\":" + (before + 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> topic(15).get("UBNDBS").contains("\"version\":" + (before + 5)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Agency.<Agency>findById("UBNDBS").publishedVersion))
                .isEqualTo(before + 5);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void badOfficeHoursAreRefusedNamingTheFieldAndNothingChanges() {
        long before = given().get("/api/v1/agencies/UBNDBS").then().extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(update("[\"13:30-17:00\",\"07:00-11:30\"]", "Ba Sao"))
                .put("/api/v1/agencies/UBNDBS").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("officeHours"));
        given().contentType(ContentType.JSON).body(update("[\"7h-11h\"]", "Ba Sao"))
                .put("/api/v1/agencies/UBNDBS").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(update("[\"07:00-11:30\"]", "Ba Sao"))
                .put("/api/v1/agencies/NOPE").then().statusCode(404);
        given().get("/api/v1/agencies/UBNDBS").then().body("version", equalTo((int) before));
    }

    @Test
    @TestSecurity(user = "counter1", roles = "counter-officer")
    void onlyAnAdminChangesAnAgency() {
        given().contentType(ContentType.JSON).body(update("[\"07:00-11:30\"]", "Ba Sao")).put("/api/v1/agencies/UBNDBS")
                .then().statusCode(403);
    }
}
