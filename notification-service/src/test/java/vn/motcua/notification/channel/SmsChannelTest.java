package vn.motcua.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.Notification;

/** The SMS channel against a real HTTP server playing the provider's gateway. */
class SmsChannelTest {

    @Test
    void postsToTheGatewayAndTellsTransientFromPermanentFailures() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> auth = new CopyOnWriteArrayList<>();
        AtomicInteger answer = new AtomicInteger(202);
        HttpServer gateway = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        gateway.createContext("/sms", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.add(ex.getRequestHeaders().getFirst("Authorization"));
            ex.sendResponseHeaders(answer.get(), -1);
            ex.close();
        });
        gateway.start();
        try {
            SmsChannel sms = new SmsChannel(Optional.of(URI.create("http://localhost:" + gateway.getAddress().getPort() + "/sms")),
                    Optional.of("demo-token"), new ObjectMapper());
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.recipientAddress = "0912345678";
            n.body = "Ho so 000.17.22.H56-261125-0001 da co ket qua.";

            assertThat(sms.send(n, null)).isEqualTo(MessageChannel.Handover.HANDED_OVER);
            assertThat(bodies).hasSize(1);
            assertThat(bodies.get(0)).contains("\"to\":\"0912345678\"", "da co ket qua", n.id.toString());
            assertThat(auth.get(0)).isEqualTo("Bearer demo-token");

            answer.set(503);
            assertThatThrownBy(() -> sms.send(n, null)).isInstanceOfSatisfying(DeliveryException.class,
                    e -> assertThat(e.permanent()).isFalse());
            answer.set(400);
            assertThatThrownBy(() -> sms.send(n, null)).isInstanceOfSatisfying(DeliveryException.class,
                    e -> assertThat(e.permanent()).isTrue());
        } finally {
            gateway.stop(0);
        }
        // gateway gone: transient, will be retried
        SmsChannel down = new SmsChannel(Optional.of(URI.create("http://localhost:" + gateway.getAddress().getPort() + "/sms")),
                Optional.empty(), new ObjectMapper());
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientAddress = "0912345678";
        n.body = "x";
        assertThatThrownBy(() -> down.send(n, null)).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void withoutAGatewayTheMessageIsOnlyLoggedAndSaysSo() throws Exception {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientAddress = "0912345678";
        n.body = "x";
        assertThat(new SmsChannel(Optional.empty(), Optional.empty(), new ObjectMapper()).send(n, null))
                .isEqualTo(MessageChannel.Handover.LOGGED);
    }
}
