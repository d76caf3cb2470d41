package io.databridge.odm.api.store;

import io.databridge.odm.api.index.Collation;
import io.databridge.odm.api.value.DocumentValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An index in stored terms, as the store creates and lists it: the key pattern with stored paths, the partial filter
 * rendered.
 *
 * @param name the index name
 * @param keys the key pattern in order, stored path to kind: {@code 1}, {@code -1} or {@code "hashed"} as the mapping
 *             renders them; an index the store lists may hold any kind the server knows ({@code 1.0}, {@code "text"},
 *             {@code "2dsphere"}...)
 * @param unique whether the index is unique
 * @param sparse whether the index is sparse
 * @param partialFilter the partial filter document, or {@code null} for an index of every document
 * @param expireAfterSeconds the TTL in seconds, or {@code null} for none
 * @param collation the collation, or {@code null} for none (binary comparison, or the collection's default)
 */
public record StoredIndex(String name, DocumentValue keys, boolean unique, boolean sparse,
        @Nullable DocumentValue partialFilter, @Nullable Long expireAfterSeconds, @Nullable Collation collation) {

    /**
     * Validates.
     *
     * @param name not empty
     * @param keys at least one key
     * @param unique any
     * @param sparse any
     * @param partialFilter any
     * @param expireAfterSeconds {@code null} or not negative
     * @param collation any
     */
    public StoredIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keys, "keys");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an index needs a name");
        }
        if (keys.size() == 0) {
            throw new IllegalArgumentException("an index needs at least one key: " + name);
        }
        if (expireAfterSeconds != null && expireAfterSeconds < 0) {
            throw new IllegalArgumentException("a TTL must not be negative: " + expireAfterSeconds);
        }
    }
}
