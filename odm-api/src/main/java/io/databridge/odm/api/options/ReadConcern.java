package io.databridge.odm.api.options;

/** Which data a read may see, by the server's read concern levels. */
public enum ReadConcern {
    /** Data the queried member has, possibly rolled back later. */
    LOCAL,
    /** Like {@link #LOCAL}, also on sharded clusters without waiting for orphan checks. */
    AVAILABLE,
    /** Data acknowledged by a majority, never rolled back. */
    MAJORITY,
    /** Majority data reflecting every write acknowledged before the read started. */
    LINEARIZABLE,
    /** A snapshot of majority-committed data (transactions and snapshot reads). */
    SNAPSHOT
}
