package vn.motcua.intake.component;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.signature.testing.TestPki;
import vn.motcua.testsupport.TestTokens;

/** Uploads never submitted are removed after their time to live; content still referenced stays on disk. */
@QuarkusTest
class StagedUploadCleanupTest {

    @Inject
    StagedUploadCleanup cleanup;

    static Supplier<RequestSpecification> citizen() {
        return () -> given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"));
    }

    static String upload(byte[] content) {
        return citizen().get().contentType("application/pdf").body(content).post("/api/v1/uploads").then().statusCode(201)
                .extract().path("id");
    }

    static DossierComponent row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> DossierComponent.findById(UUID.fromString(id)));
    }

    static void age(String id) {
        sql("UPDATE dossier_component SET uploaded_at = uploaded_at - interval '2 days' WHERE id = ?1", id);
    }

    static void sql(String statement, String id) {
        QuarkusTransaction.requiringNew().run(() -> DossierComponent.getEntityManager().createNativeQuery(statement)
                .setParameter(1, UUID.fromString(id)).executeUpdate());
    }

    @Test
    void oldUnusedUploadsGoAndSharedContentStays() {
        byte[] lonely = TestPki.pdf("lonely " + System.nanoTime());
        byte[] shared = TestPki.pdf("shared " + System.nanoTime());
        String old = upload(lonely);
        String attached = upload(shared);
        sql("UPDATE dossier_component SET dossier_id = (SELECT id FROM dossier ORDER BY received_at LIMIT 1) WHERE id = ?1", attached);
        String oldCopy = upload(shared);
        String fresh = upload(TestPki.pdf("fresh " + System.nanoTime()));
        String lonelySha = row(old).sha256;
        String sharedSha = row(oldCopy).sha256;
        age(old);
        age(oldCopy);

        assertThat(cleanup.removeOlderThan(Duration.ofHours(24))).isGreaterThanOrEqualTo(2);
        assertThat(row(old)).isNull();
        assertThat(row(oldCopy)).isNull();
        assertThat(row(fresh)).isNotNull();
        assertThat(row(attached)).isNotNull();
        assertThat(Path.of("target/test-files", lonelySha.substring(0, 2), lonelySha)).doesNotExist();
        assertThat(Files.exists(Path.of("target/test-files", sharedSha.substring(0, 2), sharedSha))).isTrue();
    }
}
