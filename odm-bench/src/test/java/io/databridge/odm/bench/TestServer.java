package io.databridge.odm.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.server.IdLookupBackend;

/** The benchmark's embedded server on a free loopback port, for tests: one client and one database. */
public final class TestServer implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final BenchTarget target;

    private TestServer(String database) {
        server = new MongoServer(new IdLookupBackend());
        server.bind("127.0.0.1", 0);
        String connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        client = MongoClients.create(connectionString);
        target = new BenchTarget(connectionString, client, database);
    }

    /**
     * Starts a server.
     *
     * @param database the database the target names
     * @return the running server
     */
    public static TestServer start(String database) {
        return new TestServer(database);
    }

    /**
     * Returns the target contestants and workloads use.
     *
     * @return the client and database
     */
    public BenchTarget target() {
        return target;
    }

    /** Closes the client and stops the server. */
    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
