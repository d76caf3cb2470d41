package io.databridge.archfixtures.codec;

import com.mongodb.client.MongoClient;

/** Breaks the rule that only the driver adapter uses the MongoDB driver, and only that rule: a codec may use BSON. */
public final class EncoderThatTalksToTheServer {

    private final MongoClient client;

    /**
     * An encoder holding a client.
     *
     * @param client the client
     */
    public EncoderThatTalksToTheServer(MongoClient client) {
        this.client = client;
    }

    /**
     * Closes the client.
     */
    public void close() {
        client.close();
    }
}
