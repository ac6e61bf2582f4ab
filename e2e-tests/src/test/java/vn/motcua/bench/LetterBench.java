package vn.motcua.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * notification-service's receipt rate from a backlog (what citizens wait for after an outage): N accepted-dossier
 * events already on the topic, the service started, the time until N receipt letters (form 01, PDF) are stored with
 * their messages. Run with {@code bench/letters.sh}. Target ≥ 100 letters/s.
 */
class LetterBench {

    static final int N = Integer.getInteger("bench.letters", 10000);

    static String accepted(String code) {
        return """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.dossier.accepted.v1",
                 "subject":"%s","time":"2026-11-24T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","procedureCode":"1.004227.000.00.00.H56","procedureVersion":1,
                   "procedureName":"Cấp Giấy chứng nhận đăng ký hoạt động dịch vụ đánh giá sự phù hợp","agencyCode":"SKHCN",
                   "agencyName":"Sở Khoa học và Công nghệ tỉnh Hà Nam","channel":"ONLINE","nationalChannelCode":2,
                   "resultReturnChannel":"ONLINE","ruleSet":"DECREE_118_2025",
                   "applicant":{"type":"INDIVIDUAL","name":"Nguyễn Văn An","phone":"0912345678","email":"an@example.vn","address":"12 Lê Lợi, Phủ Lý, Hà Nam"},
                   "submittedBy":"citizen1","receivedAt":"2026-11-24T09:00:00+07:00","countingStartsAt":"2026-11-24T09:00:00+07:00",
                   "appointmentAt":"2026-12-08T09:00:00+07:00","timeLimitAmount":10,"timeLimitUnit":"WORKING_DAYS","scheduleVersion":"2026.1",
                   "components":[{"code":"DON","name":"Đơn đăng ký hoạt động đánh giá sự phù hợp (Mẫu số 01)","form":"ORIGINAL","quantity":1,
                     "fileName":"don.pdf","sha256":"00","signatureState":"UNSIGNED","reused":false},
                    {"code":"DSNS","name":"Danh sách thử nghiệm viên, chuyên gia đánh giá kèm hồ sơ năng lực","form":"ORIGINAL","quantity":1,
                     "fileName":"ds.pdf","sha256":"00","signatureState":"UNSIGNED","reused":false}],
                   "agency":{"code":"SKHCN","version":1,"name":"Sở Khoa học và Công nghệ tỉnh Hà Nam","level":"PROVINCE",
                     "kind":"DEPARTMENT","parentCode":"UBNDT","exchangeId":"000.17.22.H56","placeName":"Hà Nam",
                     "officeHours":["07:00-11:30","13:30-17:00"],"letterhead":{"governingBody":"UBND TỈNH HÀ NAM",
                     "printedName":"SỞ KHOA HỌC VÀ CÔNG NGHỆ","displayName":"Sở Khoa học và Công nghệ tỉnh Hà Nam",
                     "place":"Hà Nam","headTitle":"GIÁM ĐỐC","symbol":"SKHCN"},"postalPoints":[],"active":true}}}"""
                .formatted(UUID.randomUUID(), code, code);
    }

    static long letters(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM letter WHERE kind = 'RECEIPT'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void receiptBacklog() throws Exception {
        try (BenchStack stack = new BenchStack()) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka.bootstrapServers());
            p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < N; i++) {
                    String code = "000.17.22.H56-261124-B" + i;
                    producer.send(new ProducerRecord<>("motcua.intake.dossier-events", code, accepted(code)));
                }
                producer.flush();
            }
            stack.start("notification-service", Map.of("motcua.delivery.interval", "1h"));
            try (Connection c = stack.db("notification")) {
                // the clock starts with the first letter: start-up and partition assignment are not rendering
                while (letters(c) == 0) {
                    Thread.sleep(20);
                }
                long first = letters(c);
                long t0 = System.nanoTime();
                long deadline = t0 + 600_000_000_000L;
                while (letters(c) < N && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                long done = letters(c) - first;
                Results.report("letters", String.format(
                        "receipts %,d of %,d rendered and stored (letter + in-app, e-mail and SMS messages) in %.1f s = %.0f letters/s (target >= 100)",
                        done + first, N, secs, done / secs));
            }
        }
    }
}
