package vn.motcua.portalsim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What both simulators are as servers: the JDK's HTTP server on a port (0 = any free one), its requests and the
 * simulator's own background work on one pool of daemon threads, stopped together.
 */
public abstract class SimulatedServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    /** Binds the port; {@link #serve()} starts answering once the simulator is fully built. */
    protected SimulatedServer(int port, String name) {
        try {
            server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 64);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the " + name + " on port " + port + ": " + e.getMessage(), e);
        }
        String thread = name.replace(' ', '-');
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
    }

    protected final void serve() {
        server.createContext("/", this::handle);
        server.start();
    }

    protected abstract void handle(HttpExchange ex) throws IOException;

    /** The pool the requests run on, for the simulator's own background work (a callback). */
    protected final ExecutorService executor() {
        return executor;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
