package io.databridge.odm.api.index;

/** How one key of an index orders (or hashes) the values of its field. */
public enum IndexDirection {
    /** Ascending order, stored as {@code 1}. */
    ASCENDING,
    /** Descending order, stored as {@code -1}. */
    DESCENDING,
    /**
     * A hashed key, stored as {@code "hashed"}: equality lookups and hashed sharding only. At most one per index, and
     * never in a unique or TTL index.
     */
    HASHED
}
