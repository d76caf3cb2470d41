package io.databridge.odm.api.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sort order over Java paths, checked like filter paths: {@code Sort.descending("placedAt").then("customer")}.
 * Immutable.
 *
 * @param keys the keys, most significant first
 */
public record Sort(List<Key> keys) {

    /**
     * One sort key.
     *
     * @param path the Java path
     * @param ascending {@code true} for ascending
     */
    public record Key(String path, boolean ascending) {
        /**
         * Validates.
         *
         * @param path not empty
         * @param ascending the direction
         */
        public Key {
            Objects.requireNonNull(path, "path");
            if (path.isEmpty()) {
                throw new IllegalArgumentException("a sort path must not be empty");
            }
        }
    }

    /**
     * Copies the keys.
     *
     * @param keys at least one
     */
    public Sort {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a sort needs at least one key");
        }
    }

    /**
     * Sorts ascending by a path.
     *
     * @param path the Java path
     * @return the sort
     */
    public static Sort ascending(String path) {
        return new Sort(List.of(new Key(path, true)));
    }

    /**
     * Sorts descending by a path.
     *
     * @param path the Java path
     * @return the sort
     */
    public static Sort descending(String path) {
        return new Sort(List.of(new Key(path, false)));
    }

    /**
     * Adds a less significant ascending key.
     *
     * @param path the Java path
     * @return a new sort
     */
    public Sort then(String path) {
        return with(new Key(path, true));
    }

    /**
     * Adds a less significant descending key.
     *
     * @param path the Java path
     * @return a new sort
     */
    public Sort thenDescending(String path) {
        return with(new Key(path, false));
    }

    private Sort with(Key key) {
        List<Key> more = new ArrayList<>(keys);
        more.add(key);
        return new Sort(more);
    }
}
