package io.databridge.odm.bench.contestant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.Objects;

/**
 * The server and database every contestant works against.
 *
 * <p>The client is shared by all contestants (so they share its connection pool) and owned by the runner:
 * contestants must not close it. A contestant that needs its own client may create one from
 * {@link #connectionString()} and must close it in {@link Contestant#close()}.
 *
 * @param connectionString the server's connection string, e.g. {@code mongodb://127.0.0.1:40123}
 * @param client the shared client
 * @param databaseName the benchmark database
 */
public record BenchTarget(String connectionString, MongoClient client, String databaseName) {

    /** Requires every component. */
    public BenchTarget {
        Objects.requireNonNull(connectionString, "connectionString");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(databaseName, "databaseName");
    }

    /**
     * The benchmark database, through the shared client with the driver's default codec registry.
     *
     * @return the database
     */
    public MongoDatabase database() {
        return client.getDatabase(databaseName);
    }
}
