package io.databridge.odm.api.options;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How many members must acknowledge a write before it counts as done.
 *
 * @param w the number of members ({@code 0} for unacknowledged), or {@code null} when {@code majority} is set
 * @param majority whether a majority must acknowledge (then {@code w} is {@code null})
 * @param journal whether members must have journaled the write; {@code null} for the server's default
 * @param timeout how long to wait for the acknowledgements; {@code null} for no limit
 */
public record WriteConcern(@Nullable Integer w, boolean majority, @Nullable Boolean journal,
        @Nullable Duration timeout) {

    /** Acknowledged by the primary. */
    public static final WriteConcern W1 = new WriteConcern(1, false, null, null);

    /** Acknowledged by a majority of the replica set. */
    public static final WriteConcern MAJORITY = new WriteConcern(null, true, null, null);

    /** Not acknowledged: the client does not learn whether the write happened. Refused for versioned saves. */
    public static final WriteConcern UNACKNOWLEDGED = new WriteConcern(0, false, null, null);

    /**
     * Validates.
     *
     * @param w not negative; {@code null} exactly when {@code majority}
     * @param majority majority acknowledgement
     * @param journal journaling, or {@code null}
     * @param timeout not negative, or {@code null}
     */
    public WriteConcern {
        if (majority == (w != null)) {
            throw new IllegalArgumentException("a write concern is either a number of members or majority");
        }
        if (w != null && w < 0) {
            throw new IllegalArgumentException("w must not be negative: " + w);
        }
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
    }

    /**
     * Acknowledged by a number of members.
     *
     * @param members at least 0
     * @return the write concern
     */
    public static WriteConcern members(int members) {
        return new WriteConcern(members, false, null, null);
    }

    /**
     * Returns this concern with journaling required.
     *
     * @return the write concern
     */
    public WriteConcern journaled() {
        return new WriteConcern(w, majority, true, timeout);
    }

    /**
     * Returns this concern with a time limit for the acknowledgements.
     *
     * @param limit the time limit, not negative
     * @return the write concern
     */
    public WriteConcern within(Duration limit) {
        return new WriteConcern(w, majority, journal, Objects.requireNonNull(limit, "limit"));
    }

    /**
     * Tells whether the client learns the write's outcome.
     *
     * @return {@code false} only for {@code w: 0} without journaling
     */
    public boolean acknowledged() {
        return majority || (w != null && w > 0) || Boolean.TRUE.equals(journal);
    }
}
