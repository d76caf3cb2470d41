package io.databridge.odm.api.result;

import java.util.Objects;

/**
 * The unique index a write collided with, and the key that collided.
 *
 * @param indexName the index name as the server reports it (for example {@code _id_}), or {@code "?"} if it gave none
 * @param key the duplicate key as the server rendered it (for example {@code { _id: "A-1" }}), or {@code "?"}
 */
public record DuplicateKey(String indexName, String key) {

    /**
     * Creates a duplicate-key description.
     *
     * @param indexName the index name, must not be {@code null}
     * @param key the key, must not be {@code null}
     */
    public DuplicateKey {
        Objects.requireNonNull(indexName, "indexName");
        Objects.requireNonNull(key, "key");
    }
}
