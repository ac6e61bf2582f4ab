package vn.motcua.portalsim.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.portalsim.Exchanges;
import vn.motcua.portalsim.Faults;
import vn.motcua.portalsim.SimulatedServer;

/**
 * A stand-in for the national payment platform (Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia) and
 * the bank/wallet gateways behind it, as a real HTTP server: the province's adapter talks to it as it would to the
 * real one (FACTS.md, online payment).
 *
 * <ul>
 *   <li>{@code POST /api/v1/transactions} with {@code X-Merchant} and {@code X-Signature} (HMAC-SHA256 of the body with
 *       the merchant's secret), body {@code {"orderId","billCode","amount","currency":"VND","description","returnUrl",
 *       "callbackUrl"}} → 201 {@code {"code":"00","transactionId","paymentUrl"}}; the same order again → the same
 *       answer; the same order id with another bill code or amount → 409; a bad signature → 401.</li>
 *   <li>{@code GET /pay/{transactionId}} the payer's page (Thanh toán / Hủy); its form posts {@code decision} to the
 *       same address, then the payer is sent back to {@code returnUrl?orderId=&status=} and the gateway calls
 *       {@code callbackUrl} server to server with the signed report (retried 3 times until answered 2xx).</li>
 *   <li>{@code GET /api/v1/transactions/{orderId}} (signature of the order id) the signed report;
 *       {@code GET /api/v1/reconciliation?date=YYYY-MM-DD} (signature of the date) every transaction paid that day
 *       (+07:00), each a signed report.</li>
 *   <li>A report: {@code {"merchantCode","transactionId","orderId","billCode","amount","currency","status":
 *       "PENDING|PAID|FAILED","paidAt","signature"}}, the signature over those values joined by {@code |} in that order
 *       ({@link #canonical}).</li>
 *   <li>Control, for tests and demonstrations: {@code POST /control/fail {"mode":"DOWN|TIMEOUT|DECLINE|DOUBLE_CALLBACK|
 *       LATE_CALLBACK|LOST_CALLBACK","times":n}} ({@code -1} until cleared), {@code POST /control/clear};
 *       {@code GET /callbacks?orderId=} the callbacks sent and the answers they got.</li>
 * </ul>
 */
public final class SimulatedGateway extends SimulatedServer {

    /** How to misbehave. */
    public enum FailureMode {
        /** creating a transaction answers 503 */
        DOWN,
        /** creating a transaction is held past any client's patience, then answered 504 */
        TIMEOUT,
        /** the payer's bank declines: the transaction fails whatever the payer chose */
        DECLINE,
        /** the callback is sent twice */
        DOUBLE_CALLBACK,
        /** the callback is sent after {@link Options#lateDelay()} */
        LATE_CALLBACK,
        /** no callback at all: only the status query and the daily list tell */
        LOST_CALLBACK
    }

    /** A transaction's state at the gateway. */
    public enum Status { PENDING, PAID, FAILED }

    /**
     * @param merchantCode the province's merchant code (mã đơn vị) at the gateway
     * @param secretKey    the shared secret of request signatures (and of reports with HMAC signing): demo value only
     * @param signer       how reports are signed
     */
    public record Options(String merchantCode, String secretKey, GatewaySigner signer, Duration timeoutHold,
                          Duration lateDelay, Clock clock) {
        /** The demo merchant: {@code MOTCUA-HANAM}, its secret, HMAC-signed reports. */
        public static Options demo() {
            String secret = "gateway-demo-secret-change-me";
            return new Options("MOTCUA-HANAM", secret, GatewaySigner.hmac(secret), Duration.ofSeconds(30),
                    Duration.ofSeconds(5), Clock.systemUTC());
        }

        public Options withSigner(GatewaySigner s) {
            return new Options(merchantCode, secretKey, s, timeoutHold, lateDelay, clock);
        }

        public Options withTimings(Duration hold, Duration late) {
            return new Options(merchantCode, secretKey, signer, hold, late, clock);
        }
    }

    /** A callback the gateway sent and the HTTP status it got (0: no answer). */
    public record SentCallback(String orderId, String body, int answeredStatus) {
    }

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final class Transaction {
        final String id;
        final String orderId;
        final String billCode;
        final long amount;
        final String description;
        final String returnUrl;
        final String callbackUrl;
        final ObjectNode created;
        volatile Status status = Status.PENDING;
        volatile OffsetDateTime paidAt;

        Transaction(String id, JsonNode req, ObjectNode created) {
            this.id = id;
            this.orderId = req.path("orderId").asText();
            this.billCode = req.path("billCode").asText();
            this.amount = req.path("amount").asLong();
            this.description = req.path("description").asText("");
            this.returnUrl = req.path("returnUrl").asText();
            this.callbackUrl = req.path("callbackUrl").asText();
            this.created = created;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Options options;
    private final Faults<FailureMode> faults = new Faults<>();
    private final Map<String, Transaction> byId = new ConcurrentHashMap<>();
    private final Map<String, Transaction> byOrder = new ConcurrentHashMap<>();
    private final List<SentCallback> sent = new CopyOnWriteArrayList<>();

    private SimulatedGateway(int port, Options options) {
        super(port, "simulated payment gateway");
        this.options = options;
    }

    /** Starts on {@code port} (0 = any free port). */
    public static SimulatedGateway start(int port, Options options) {
        SimulatedGateway g = new SimulatedGateway(port, options);
        g.serve();
        return g;
    }

    public Options options() {
        return options;
    }

    /** The values a report's signature covers, joined by {@code |} in their order. */
    public static String canonical(String merchantCode, String transactionId, String orderId, String billCode, long amount,
                                   String currency, String status, String paidAt) {
        return String.join("|", merchantCode, transactionId, orderId, billCode, Long.toString(amount), currency, status,
                paidAt == null ? "" : paidAt);
    }

    // ---- the Java side (in-process tests) ----

    public void fail(FailureMode mode, int times) {
        faults.set(mode, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** The payer's decision on the payment page, as its form would post it; returns where the payer is sent. */
    public String decide(String transactionId, boolean pay) {
        Transaction t = byId.get(transactionId);
        if (t == null) {
            throw new IllegalArgumentException("no transaction " + transactionId);
        }
        return complete(t, pay);
    }

    /** The transaction created for an order, if any. */
    public Optional<String> transactionOf(String orderId) {
        return Optional.ofNullable(byOrder.get(orderId)).map(t -> t.id);
    }

    /** The gateway's signed report on an order now, as its callback and status answer carry it. */
    public String signedReport(String orderId) {
        Transaction t = byOrder.get(orderId);
        if (t == null) {
            throw new IllegalArgumentException("no order " + orderId);
        }
        return report(t).toString();
    }

    /** The callbacks sent for an order, oldest first. */
    public List<SentCallback> callbacks(String orderId) {
        return sent.stream().filter(c -> c.orderId().equals(orderId)).toList();
    }

    // ---- HTTP ----

    @Override
    protected void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/api/v1/transactions") && method.equals("POST")) {
                create(ex);
            } else if (path.startsWith("/api/v1/transactions/") && method.equals("GET")) {
                status(ex, path.substring("/api/v1/transactions/".length()));
            } else if (path.equals("/api/v1/reconciliation") && method.equals("GET")) {
                reconciliation(ex);
            } else if (path.startsWith("/pay/")) {
                page(ex, method, path.substring("/pay/".length()));
            } else if (path.equals("/callbacks") && method.equals("GET")) {
                ArrayNode out = Exchanges.JSON.createArrayNode();
                String order = Exchanges.query(ex, "orderId");
                sent.stream().filter(c -> order == null || c.orderId().equals(order)).forEach(c -> out.addObject()
                        .put("orderId", c.orderId()).put("body", c.body()).put("answeredStatus", c.answeredStatus()));
                Exchanges.send(ex, 200, out);
            } else if (path.startsWith("/control/") && method.equals("POST")) {
                control(ex, path.substring("/control/".length()));
            } else {
                Exchanges.send(ex, 404, answer("04", "Không có địa chỉ " + path));
            }
        } catch (RuntimeException e) {
            Exchanges.send(ex, 500, answer("99", e.toString()));
        }
    }

    private void create(HttpExchange ex) throws IOException {
        byte[] raw = Exchanges.bytes(ex);
        if (!authentic(ex, new String(raw, StandardCharsets.UTF_8))) {
            Exchanges.send(ex, 401, answer("97", "Sai chữ ký hoặc mã đơn vị"));
            return;
        }
        Optional<FailureMode> fault = faults.take(m -> m == FailureMode.DOWN || m == FailureMode.TIMEOUT);
        if (fault.isPresent()) {
            if (fault.get() == FailureMode.TIMEOUT) {
                Exchanges.sleep(options.timeoutHold());
                Exchanges.send(ex, 504, answer("99", "Hết thời gian chờ"));
            } else {
                Exchanges.send(ex, 503, answer("99", "Hệ thống thanh toán đang bảo trì"));
            }
            return;
        }
        JsonNode req = Exchanges.json(raw);
        String invalid = invalid(req);
        if (invalid != null) {
            Exchanges.send(ex, 400, answer("03", invalid));
            return;
        }
        Transaction t;
        synchronized (byOrder) {
            t = byOrder.get(req.path("orderId").asText());
            if (t != null && (!t.billCode.equals(req.path("billCode").asText()) || t.amount != req.path("amount").asLong())) {
                Exchanges.send(ex, 409, answer("94", "Mã giao dịch " + t.orderId + " đã dùng cho khoản khác"));
                return;
            }
            if (t == null) {
                String id = "GW" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
                ObjectNode created = answer("00", "Khởi tạo giao dịch thành công");
                created.put("transactionId", id).put("paymentUrl", url() + "/pay/" + id);
                t = new Transaction(id, req, created);
                byId.put(id, t);
                byOrder.put(t.orderId, t);
            }
        }
        Exchanges.send(ex, 201, t.created);
    }

    private static String invalid(JsonNode req) {
        if (req == null || !req.isObject()) {
            return "Nội dung không phải JSON";
        }
        for (String f : List.of("orderId", "billCode", "returnUrl", "callbackUrl")) {
            if (!req.path(f).isTextual() || req.path(f).asText().isBlank()) {
                return "Thiếu " + f;
            }
        }
        if (!req.path("amount").canConvertToLong() || req.path("amount").asLong() <= 0) {
            return "Số tiền không hợp lệ";
        }
        if (!"VND".equals(req.path("currency").asText())) {
            return "Chỉ nhận VND";
        }
        return null;
    }

    private void status(HttpExchange ex, String orderId) throws IOException {
        if (!authentic(ex, orderId)) {
            Exchanges.send(ex, 401, answer("97", "Sai chữ ký hoặc mã đơn vị"));
            return;
        }
        Transaction t = byOrder.get(orderId);
        if (t == null) {
            Exchanges.send(ex, 404, answer("91", "Không có giao dịch " + orderId));
            return;
        }
        Exchanges.send(ex, 200, report(t));
    }

    private void reconciliation(HttpExchange ex) throws IOException {
        String date = Exchanges.query(ex, "date");
        if (date == null || !authentic(ex, date)) {
            Exchanges.send(ex, 401, answer("97", "Sai chữ ký hoặc mã đơn vị"));
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            Exchanges.send(ex, 400, answer("03", "Ngày không hợp lệ: " + date));
            return;
        }
        ObjectNode out = answer("00", "Danh sách đối soát ngày " + day);
        out.put("date", day.toString());
        ArrayNode list = out.putArray("transactions");
        byId.values().stream().filter(t -> t.status == Status.PAID && t.paidAt.toLocalDate().equals(day))
                .sorted(java.util.Comparator.comparing(t -> t.paidAt)).forEach(t -> list.add(report(t)));
        Exchanges.send(ex, 200, out);
    }

    private void page(HttpExchange ex, String method, String id) throws IOException {
        Transaction t = byId.get(id);
        if (t == null) {
            Exchanges.sendHtml(ex, 404, "<!doctype html><meta charset=utf-8><p>Không có giao dịch " + escape(id) + "</p>");
            return;
        }
        if (method.equals("POST")) {
            String decision = Exchanges.pairs(new String(Exchanges.bytes(ex), StandardCharsets.UTF_8)).get("decision");
            Exchanges.redirect(ex, complete(t, "pay".equals(decision)));
            return;
        }
        String amount = String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", t.amount);
        String body = t.status == Status.PENDING
                ? "<form method=post><button name=decision value=pay>Thanh toán</button> "
                + "<button name=decision value=cancel>Hủy giao dịch</button></form>"
                : "<p id=status>" + (t.status == Status.PAID ? "Đã thanh toán" : "Giao dịch không thành công") + "</p>";
        Exchanges.sendHtml(ex, 200, """
                <!doctype html><html lang=vi><meta charset=utf-8><meta name=viewport content="width=device-width">
                <title>Cổng thanh toán (mô phỏng)</title>
                <h1>Thanh toán trực tuyến (mô phỏng)</h1>
                <dl><dt>Mã hóa đơn</dt><dd id=bill>%s</dd><dt>Số tiền</dt><dd id=amount>%s VND</dd>
                <dt>Nội dung</dt><dd>%s</dd></dl>%s
                <p><small>Máy chủ mô phỏng dùng cho kiểm thử và trình diễn: không có tiền thật.</small></p></html>
                """.formatted(escape(t.billCode), amount, escape(t.description), body));
    }

    /** The payer decided: the transaction ends (once), the callback goes out, the payer goes back to the province. */
    private String complete(Transaction t, boolean pay) {
        boolean first;
        synchronized (t) {
            first = t.status == Status.PENDING;
            if (first) {
                Optional<FailureMode> fault = faults.take(m -> m != FailureMode.DOWN && m != FailureMode.TIMEOUT);
                boolean declined = !pay || fault.filter(m -> m == FailureMode.DECLINE).isPresent();
                t.paidAt = declined ? null : OffsetDateTime.now(options.clock()).withOffsetSameInstant(VIETNAM)
                        .truncatedTo(ChronoUnit.SECONDS);
                t.status = declined ? Status.FAILED : Status.PAID;
                executor().submit(() -> callBack(t, fault.orElse(null)));
            }
        }
        String sep = t.returnUrl.contains("?") ? "&" : "?";
        return t.returnUrl + sep + "orderId=" + URLEncoder.encode(t.orderId, StandardCharsets.UTF_8) + "&status=" + t.status;
    }

    private void callBack(Transaction t, FailureMode mode) {
        if (mode == FailureMode.LOST_CALLBACK) {
            return;
        }
        if (mode == FailureMode.LATE_CALLBACK) {
            Exchanges.sleep(options.lateDelay());
        }
        deliver(t);
        if (mode == FailureMode.DOUBLE_CALLBACK) {
            deliver(t);
        }
    }

    /** Up to three attempts, a second apart, until the province answers 2xx (as gateways retry their IPN). */
    private void deliver(Transaction t) {
        String body = report(t).toString();
        for (int attempt = 1; attempt <= 3; attempt++) {
            int status = 0;
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(t.callbackUrl)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sent.add(new SentCallback(t.orderId, body, status));
            if (status / 100 == 2) {
                return;
            }
            Exchanges.sleep(Duration.ofSeconds(1));
        }
    }

    private ObjectNode report(Transaction t) {
        String paidAt = t.paidAt == null ? null : t.paidAt.toString();
        ObjectNode r = Exchanges.JSON.createObjectNode();
        r.put("merchantCode", options.merchantCode()).put("transactionId", t.id).put("orderId", t.orderId)
                .put("billCode", t.billCode).put("amount", t.amount).put("currency", "VND").put("status", t.status.name())
                .put("paidAt", paidAt);
        r.put("signature", options.signer().sign(canonical(options.merchantCode(), t.id, t.orderId, t.billCode, t.amount,
                "VND", t.status.name(), paidAt)));
        return r;
    }

    private boolean authentic(HttpExchange ex, String signed) {
        String merchant = ex.getRequestHeaders().getFirst("X-Merchant");
        String signature = ex.getRequestHeaders().getFirst("X-Signature");
        return options.merchantCode().equals(merchant) && signature != null && MessageDigest.isEqual(
                signature.getBytes(StandardCharsets.UTF_8),
                GatewaySigner.hmacHex(options.secretKey(), signed).getBytes(StandardCharsets.UTF_8));
    }

    private void control(HttpExchange ex, String what) throws IOException {
        JsonNode body = Exchanges.json(Exchanges.bytes(ex));
        if (what.equals("fail") && body != null) {
            try {
                fail(FailureMode.valueOf(body.path("mode").asText()), body.path("times").asInt(-1));
            } catch (IllegalArgumentException e) {
                Exchanges.send(ex, 400, answer("03", "Không có chế độ " + body.path("mode").asText()));
                return;
            }
        } else if (what.equals("clear")) {
            clearFaults();
        } else {
            Exchanges.send(ex, 404, answer("04", "Không có lệnh " + what));
            return;
        }
        Exchanges.send(ex, 200, answer("00", "OK"));
    }

    private static ObjectNode answer(String code, String message) {
        return Exchanges.JSON.createObjectNode().put("code", code).put("message", message);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code java -cp … vn.motcua.portalsim.payment.SimulatedGateway [port]}: the demo gateway on its own. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8191;
        SimulatedGateway g = start(port, Options.demo());
        System.out.println("Simulated payment gateway at " + g.url() + " (merchant " + g.options.merchantCode() + ", demo only)");
        Thread.currentThread().join();
    }
}
