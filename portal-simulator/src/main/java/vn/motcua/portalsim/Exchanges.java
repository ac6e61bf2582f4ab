package vn.motcua.portalsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What both simulators do with an exchange of the JDK's HTTP server: read a body or a parameter, answer. */
public final class Exchanges {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Exchanges() {
    }

    /** The request body as bytes (empty when none). */
    public static byte[] bytes(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    /** The body as JSON; null when empty or not JSON. */
    public static JsonNode json(byte[] bytes) {
        try {
            return bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    /** A query parameter, decoded; null when absent. */
    public static String query(HttpExchange ex, String name) {
        return pairs(ex.getRequestURI().getRawQuery()).get(name);
    }

    /** An {@code application/x-www-form-urlencoded} body or query string as name → value (the first of each). */
    public static Map<String, String> pairs(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    public static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        write(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    public static void sendHtml(HttpExchange ex, int status, String html) throws IOException {
        write(ex, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A 303 to {@code location} (after a form's POST). */
    public static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(303, -1);
    }

    private static void write(HttpExchange ex, int status, String type, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
