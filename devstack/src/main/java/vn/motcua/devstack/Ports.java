package vn.motcua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback port helpers. */
public final class Ports {

    private Ports() {
    }

    /** Below Linux's ephemeral range (32768-60999), which outgoing connections draw from. */
    static final int FIRST = 20_000;
    static final int LAST = 32_000;

    /**
     * A port free now, taken below the ephemeral range: a port the OS hands out for "any" is one an outgoing
     * connection (a Kafka client, an HTTP call) may take in the seconds before the service binds it, and a service
     * then fails to start with "port in use".
     */
    public static int free() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(FIRST, LAST);
            try (ServerSocket s = new ServerSocket(port)) {
                s.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new UncheckedIOException(new IOException("no free port between " + FIRST + " and " + LAST));
    }

    public static boolean inUse(int port) {
        try (Socket s = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void requireFree(int port, String what) {
        if (inUse(port)) {
            throw new IllegalStateException("port " + port + " (" + what + ") is already in use: is another stack running? Try './motcua stop'.");
        }
    }
}
