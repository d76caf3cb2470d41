package io.databridge.odm.bench.server;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Entry point of the server child JVM: starts mongo-java-server with the memory backend ({@link IdLookupBackend}:
 * filters that combine an {@code _id} equality with more conditions use the {@code _id} index) on a free loopback
 * port, prints {@code READY <port>} (one line, flushed) to stdout, and serves until stdin reaches its end,
 * which happens when the parent closes it or dies.
 */
public final class EmbeddedServerMain {

    /** The prefix of the line that announces the port. */
    static final String READY = "READY ";

    private EmbeddedServerMain() {
    }

    /**
     * Runs the server.
     *
     * @param args ignored
     * @throws IOException if stdin cannot be read
     */
    public static void main(String[] args) throws IOException {
        var server = new MongoServer(new IdLookupBackend());
        try {
            server.bind("127.0.0.1", 0);
            System.out.println(READY + server.getLocalAddress().getPort());
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        } finally {
            server.shutdownNow();
        }
    }
}
