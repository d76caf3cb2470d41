package io.databridge.odm.driver.internal;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNumber;
import org.bson.BsonString;

/**
 * The limits a server announces in its handshake reply, which the insert pipeline plans batches with: at most
 * {@code maxWriteBatchSize} documents per command (1,000 on the embedded test server, 100,000 on mongod) and
 * {@code maxBsonObjectSize} bytes per document.
 *
 * @param maxWriteBatchSize documents per write command
 * @param maxDocumentSize bytes per document
 * @param transactions whether the server can run transactions: a replica set member or a sharded cluster's router
 *                     that supports sessions (a standalone server, the embedded test server among them, cannot)
 */
record ServerLimits(int maxWriteBatchSize, int maxDocumentSize, boolean transactions) {

    private static final int DEFAULT_BATCH = 100_000;
    private static final int DEFAULT_DOCUMENT = 16 * 1024 * 1024;

    /**
     * Asks the server ({@code hello}, or the legacy {@code isMaster} for servers without it).
     *
     * @param database any database of the server
     * @return the limits, with the server defaults for anything it did not announce
     */
    static ServerLimits ask(MongoDatabase database) {
        BsonDocument reply;
        try {
            reply = database.runCommand(new BsonDocument("hello", new BsonInt32(1)), BsonDocument.class);
        } catch (MongoCommandException unknownCommand) {
            reply = database.runCommand(new BsonDocument("isMaster", new BsonInt32(1)), BsonDocument.class);
        }
        boolean replicated = reply.containsKey("setName")
                || reply.get("msg") instanceof BsonString message && message.getValue().equals("isdbgrid");
        return new ServerLimits(number(reply, "maxWriteBatchSize", DEFAULT_BATCH),
                number(reply, "maxBsonObjectSize", DEFAULT_DOCUMENT),
                replicated && reply.containsKey("logicalSessionTimeoutMinutes"));
    }

    private static int number(BsonDocument reply, String key, int fallback) {
        return reply.get(key) instanceof BsonNumber number ? number.intValue() : fallback;
    }
}
