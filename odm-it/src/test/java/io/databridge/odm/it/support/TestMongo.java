package io.databridge.odm.it.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The MongoDB the integration tests run against, resolved once per JVM in this order:
 * <ol>
 *   <li>a {@code mongodb://} or {@code mongodb+srv://} URI in {@code DATABRIDGE_MONGODB_URI} (a real server of any
 *       kind);</li>
 *   <li>a Testcontainers MongoDB container, when a Docker engine answers;</li>
 *   <li>the embedded {@code mongo-java-server} (in-memory backend) on a free loopback port.</li>
 * </ol>
 * The choice is printed once. The embedded server has known limits (no sessions or transactions, batches of at most
 * 1,000 documents, write concerns ignored); tests that need a real server check {@link #isEmbedded()}.
 */
public final class TestMongo {

    /** The environment variable naming a real server. */
    public static final String URI_VARIABLE = "DATABRIDGE_MONGODB_URI";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final String connectionString;
    private final String description;
    private final boolean embedded;
    private final MongoClient client;

    private TestMongo(String connectionString, String description, boolean embedded) {
        this.connectionString = connectionString;
        this.description = description;
        this.embedded = embedded;
        this.client = MongoClients.create(connectionString);
    }

    /**
     * Returns the server, resolving it on first use.
     *
     * @return the server shared by all tests of this JVM
     */
    public static TestMongo server() {
        return Holder.SERVER;
    }

    private static TestMongo resolve() {
        String uri = System.getenv(URI_VARIABLE);
        if (uri != null && (uri.startsWith("mongodb://") || uri.startsWith("mongodb+srv://"))) {
            return announce(new TestMongo(uri, "real server from " + URI_VARIABLE, false));
        }
        if (dockerAvailable()) {
            MongoDBContainer container = new MongoDBContainer("mongo:8.0");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-mongo-container-stop"));
            return announce(new TestMongo(container.getReplicaSetUrl(), "Testcontainers mongo:8.0", false));
        }
        MongoServer server = new MongoServer(new SnapshotReadsBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "test-mongo-embedded-stop"));
        String embeddedUri = "mongodb://127.0.0.1:" + address.getPort();
        return announce(new TestMongo(embeddedUri, "embedded mongo-java-server (no " + URI_VARIABLE
                + ", no Docker engine)", true));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    private static TestMongo announce(TestMongo mongo) {
        System.out.println("[odm-it] MongoDB: " + mongo.description + " at " + mongo.redactedUri());
        return mongo;
    }

    /**
     * Returns the connection string.
     *
     * @return the URI tests connect with
     */
    public String connectionString() {
        return connectionString;
    }

    /**
     * Returns a raw driver client for reading back what the ODM stored.
     *
     * @return the shared client; do not close it
     */
    public MongoClient client() {
        return client;
    }

    /**
     * Tells whether the tests run on the embedded server.
     *
     * @return {@code true} for mongo-java-server
     */
    public boolean isEmbedded() {
        return embedded;
    }

    /**
     * Returns a database name no other test uses.
     *
     * @param testClass the test, named in the database
     * @return a fresh name
     */
    public String freshDatabase(Class<?> testClass) {
        return "it_" + testClass.getSimpleName().toLowerCase(Locale.ROOT) + "_" + DATABASES.incrementAndGet();
    }

    private String redactedUri() {
        return connectionString.replaceAll("//[^@/]*@", "//***@");
    }

    private static final class Holder {
        private static final TestMongo SERVER = resolve();
    }
}
