package vn.motcua.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Generated clients (openapi-generator, java/native, from docs/api/*.openapi.json) for one signed-in user. Their
 * object mappers refuse unknown properties: a field a service sends that its document does not declare fails the
 * test, as it would break a strict client.
 */
final class Clients {

    private final Function<String, String> urls;
    private final String token;
    private final java.io.File upload;

    /** @param token a bearer token, or null for public calls */
    Clients(Function<String, String> urls, String token) {
        this(urls, token, null);
    }

    private Clients(Function<String, String> urls, String token, java.io.File upload) {
        this.urls = urls;
        this.token = token;
        this.upload = upload;
    }

    /**
     * The same user's clients for one upload of this file. openapi-generator's java/native library (7.25) writes a
     * binary request body through Jackson, i.e. as a JSON string of the file's path; the request interceptor, which
     * runs after the body is set, puts the file's bytes there instead. Everything else of the call (path, headers,
     * Content-Type, response type) stays the generated code's.
     */
    Clients uploading(java.io.File file) {
        return new Clients(urls, token, file);
    }

    private void intercept(java.net.http.HttpRequest.Builder b) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (upload != null) {
            try {
                b.method("POST", java.net.http.HttpRequest.BodyPublishers.ofFile(upload.toPath()));
            } catch (java.io.FileNotFoundException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    vn.motcua.client.intake.ApiClient intake() {
        return new vn.motcua.client.intake.ApiClient(java.net.http.HttpClient.newBuilder(),
                strict(vn.motcua.client.intake.ApiClient.createDefaultObjectMapper()), urls.apply("intake-service"))
                .setRequestInterceptor(this::intercept);
    }

    vn.motcua.client.processing.ApiClient processing() {
        return new vn.motcua.client.processing.ApiClient(java.net.http.HttpClient.newBuilder(),
                strict(vn.motcua.client.processing.ApiClient.createDefaultObjectMapper()), urls.apply("processing-service"))
                .setRequestInterceptor(this::intercept);
    }

    vn.motcua.client.notification.ApiClient notification() {
        return new vn.motcua.client.notification.ApiClient(java.net.http.HttpClient.newBuilder(),
                strict(vn.motcua.client.notification.ApiClient.createDefaultObjectMapper()), urls.apply("notification-service"))
                .setRequestInterceptor(this::intercept);
    }

    private static ObjectMapper strict(ObjectMapper m) {
        return m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    /** A file for a generated upload method. */
    static java.io.File file(byte[] content, String name) {
        try {
            Path dir = Files.createTempDirectory("upload");
            Path f = dir.resolve(name);
            Files.write(f, content);
            f.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return f.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
