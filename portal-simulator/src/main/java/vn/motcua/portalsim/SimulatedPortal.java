package vn.motcua.portalsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the National Public Service Portal (Cổng Dịch vụ công quốc gia), as a real HTTP server: the one
 * thing of the product that cannot exist on this machine. The provincial adapter talks to it exactly as it would to
 * the real portal's provincial integration endpoint (log in, then the sync operations with the session token).
 *
 * <ul>
 *   <li>{@code POST /api/v1/login} {@code {"username","password"}} → {@code {"token","expiresIn"}} (seconds)</li>
 *   <li>{@code POST /api/v1/{operation}} with {@code Authorization: Bearer <token>} and {@code Idempotency-Key}, body
 *       {@code {"MaDinhDanhDV": "<unit>", "data": {...}}}; operations {@code DongBoHoSoMC} (a dossier),
 *       {@code CapNhatTienDoHoSoMC} (progress and status), {@code DongBoDanhGia} (rating), {@code TraCuuHoSo}
 *       (look-up); answers {@code {"error_code":"0","message":...}}, 400 with the reason for a payload it refuses, 401
 *       for a missing or expired token. A repeated idempotency key is answered as the first time and stored once.</li>
 *   <li>{@code GET /received?dossierCode=} what it received for a dossier, oldest first, each with its status code;
 *       {@code GET /} the same for the newest dossiers as a page.</li>
 *   <li>Control, for tests and demonstrations: {@code POST /control/fail {"mode":"ERROR_500|TIMEOUT|REJECT","times":n}}
 *       ({@code times} -1 = until cleared), {@code POST /control/clear}, {@code POST /control/plant
 *       {"dossierCode","status"}} (the portal then disagrees with the province), {@code PUT /control/procedures/{code}
 *       {"timeLimitWorkingDays":n}} (the national procedure database's published time limit).</li>
 * </ul>
 */
public final class SimulatedPortal extends SimulatedServer {

    /** How to fail the next sync calls. */
    public enum FailureMode {
        /** answer 500 */
        ERROR_500,
        /** hold the call longer than any client waits, then answer 504 */
        TIMEOUT,
        /** refuse the payload as a validation error (400) */
        REJECT
    }

    /** The portal's operations. */
    public static final List<String> OPERATIONS = List.of("DongBoHoSoMC", "CapNhatTienDoHoSoMC", "DongBoDanhGia", "TraCuuHoSo");

    private static final ObjectMapper JSON = Exchanges.JSON;

    private final Options options;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final PortalRecords records;
    private final Faults<FailureMode> faults = new Faults<>();

    /**
     * @param username   the account the province is given
     * @param password   its password (demo values only)
     * @param tokenTtl   how long a session token lives (short in tests, to exercise renewal)
     * @param timeoutHold how long a TIMEOUT-mode call is held before it is answered
     */
    public record Options(String username, String password, Duration tokenTtl, Duration timeoutHold, Clock clock) {
        public static Options demo() {
            return new Options("motcua-hanam", "portal-demo-secret-change-me", Duration.ofMinutes(30), Duration.ofSeconds(30),
                    Clock.systemUTC());
        }

        public Options withTokenTtl(Duration ttl) {
            return new Options(username, password, ttl, timeoutHold, clock);
        }

        public Options withTimeoutHold(Duration hold) {
            return new Options(username, password, tokenTtl, hold, clock);
        }
    }

    private SimulatedPortal(int port, Options options) {
        super(port, "simulated portal");
        this.options = options;
        this.records = new PortalRecords(options.clock());
    }

    /** Starts on {@code port} (0 = any free port). */
    public static SimulatedPortal start(int port, Options options) {
        SimulatedPortal portal = new SimulatedPortal(port, options);
        portal.serve();
        return portal;
    }

    // ---- the Java side of the control endpoints (in-process tests) ----

    /** The next {@code times} sync calls fail this way; -1 until {@link #clearFaults()}. */
    public void fail(FailureMode mode, int times) {
        faults.set(mode, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Makes the portal hold another status for a dossier than the province sent (a planted mismatch). */
    public void plantStatus(String dossierCode, int status) {
        records.plant(dossierCode, status);
    }

    /** The national procedure database's published time limit for a procedure, in working days (Mon–Fri). */
    public void publishTimeLimit(String procedureCode, int workingDays) {
        records.publishTimeLimit(procedureCode, workingDays);
    }

    /** What the portal accepted for a dossier, oldest first (a repeated idempotency key once). */
    public List<PortalRecords.Received> received(String dossierCode) {
        return records.received(dossierCode);
    }

    /** Every call it answered, accepted or not (log-ins excluded), for tests that count attempts. */
    public int callsAnswered() {
        return records.calls();
    }

    // ---- HTTP ----

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/api/v1/login") && method.equals("POST")) {
                login(ex);
            } else if (path.startsWith("/api/v1/") && method.equals("POST")) {
                operation(ex, path.substring("/api/v1/".length()));
            } else if (path.equals("/received") && method.equals("GET")) {
                String code = Exchanges.query(ex, "dossierCode");
                ArrayNode out = JSON.createArrayNode();
                (code == null ? records.newest(200) : records.received(code)).forEach(r -> out.add(r.toJson()));
                Exchanges.send(ex, 200, out);
            } else if (path.equals("/") && method.equals("GET")) {
                Exchanges.sendHtml(ex, 200, records.page());
            } else if (path.startsWith("/control/")) {
                control(ex, method, path.substring("/control/".length()));
            } else {
                Exchanges.send(ex, 404, error("NOT_FOUND", "Không có địa chỉ " + path));
            }
        } catch (RuntimeException e) {
            Exchanges.send(ex, 500, error("INTERNAL", e.toString()));
        }
    }

    private void login(HttpExchange ex) throws IOException {
        JsonNode body = Exchanges.json(Exchanges.bytes(ex));
        if (body == null || !options.username().equals(body.path("username").asText())
                || !options.password().equals(body.path("password").asText())) {
            Exchanges.send(ex, 401, error("LOGIN_FAILED", "Sai tài khoản hoặc mật khẩu"));
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, options.clock().instant().plus(options.tokenTtl()));
        ObjectNode out = JSON.createObjectNode();
        out.put("token", token);
        out.put("expiresIn", options.tokenTtl().toSeconds());
        Exchanges.send(ex, 200, out);
    }

    private void operation(HttpExchange ex, String operation) throws IOException {
        if (!OPERATIONS.contains(operation)) {
            Exchanges.send(ex, 404, error("UNKNOWN_OPERATION", "Không có dịch vụ " + operation));
            return;
        }
        if (!validToken(ex.getRequestHeaders().getFirst("Authorization"))) {
            Exchanges.send(ex, 401, error("TOKEN_INVALID", "Phiên đăng nhập không hợp lệ hoặc đã hết hạn"));
            return;
        }
        JsonNode body = Exchanges.json(Exchanges.bytes(ex));
        records.countCall();
        Optional<FailureMode> failure = operation.equals("TraCuuHoSo") ? Optional.empty() : faults.take();
        if (failure.isPresent()) {
            switch (failure.get()) {
                case ERROR_500 -> Exchanges.send(ex, 500, error("UNAVAILABLE", "Hệ thống đang bận"));
                case TIMEOUT -> {
                    Exchanges.sleep(options.timeoutHold());
                    Exchanges.send(ex, 504, error("TIMEOUT", "Hết thời gian chờ"));
                }
                case REJECT -> Exchanges.send(ex, 400, error("VALIDATION", "Dữ liệu không hợp lệ: từ chối theo yêu cầu kiểm thử"));
            }
            return;
        }
        if (body == null) {
            Exchanges.send(ex, 400, error("VALIDATION", "Nội dung không phải JSON"));
            return;
        }
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        PortalRecords.Answer answer = records.apply(operation, key, body);
        if (answer.data() != null) {
            ObjectNode out = error("0", answer.message());
            out.set("data", answer.data());
            Exchanges.send(ex, 200, out);
        } else {
            Exchanges.send(ex, answer.accepted() ? 200 : 400, error(answer.accepted() ? "0" : "VALIDATION", answer.message()));
        }
    }

    private void control(HttpExchange ex, String method, String what) throws IOException {
        JsonNode body = Exchanges.json(Exchanges.bytes(ex));
        if (what.equals("fail") && method.equals("POST") && body != null) {
            fail(FailureMode.valueOf(body.path("mode").asText()), body.path("times").asInt(-1));
        } else if (what.equals("clear") && method.equals("POST")) {
            clearFaults();
        } else if (what.equals("plant") && method.equals("POST") && body != null) {
            plantStatus(body.path("dossierCode").asText(), body.path("status").asInt());
        } else if (what.startsWith("procedures/") && method.equals("PUT") && body != null) {
            publishTimeLimit(what.substring("procedures/".length()), body.path("timeLimitWorkingDays").asInt());
        } else {
            Exchanges.send(ex, 404, error("NOT_FOUND", "Không có lệnh " + what));
            return;
        }
        Exchanges.send(ex, 200, error("0", "OK"));
    }

    private boolean validToken(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        Instant expires = tokens.get(header.substring("Bearer ".length()).strip());
        return expires != null && options.clock().instant().isBefore(expires);
    }

    static ObjectNode error(String code, String message) {
        ObjectNode n = JSON.createObjectNode();
        n.put("error_code", code);
        n.put("message", message);
        return n;
    }

    /** {@code java -cp … vn.motcua.portalsim.SimulatedPortal [port]}: the demo portal on its own. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8190;
        SimulatedPortal p = start(port, Options.demo());
        System.out.println("Simulated national portal at " + p.url() + " (user " + p.options.username() + ", demo only)");
        Thread.currentThread().join();
    }
}
