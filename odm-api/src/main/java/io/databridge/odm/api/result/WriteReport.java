package io.databridge.odm.api.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a bulk write, position by position, for a batch of {@link #size()} documents.
 *
 * <p>Stored sparsely: the errors, the ranges not attempted and the ranges whose fate is unknown; every other position
 * was written. A fully successful report of 50,000 documents is therefore a few objects. Immutable.
 */
public final class WriteReport {

    private final int size;
    private final List<WriteError> errors;
    private final List<PositionRange> notAttempted;
    private final List<PositionRange> unknown;
    private final @Nullable Interruption interruption;

    private WriteReport(Builder builder) {
        this.size = builder.size;
        this.errors = List.copyOf(builder.errors.stream().sorted(Comparator.comparingInt(WriteError::position)).toList());
        this.notAttempted = List.copyOf(builder.notAttempted);
        this.unknown = List.copyOf(builder.unknown);
        this.interruption = builder.interruption;
    }

    /**
     * Reports that every position of a batch was written.
     *
     * @param size the number of documents
     * @return a complete report
     */
    public static WriteReport allWritten(int size) {
        return builder(size).build();
    }

    /**
     * Starts a report for a batch; positions not declared otherwise count as written.
     *
     * @param size the number of documents, not negative
     * @return a builder
     */
    public static Builder builder(int size) {
        return new Builder(size);
    }

    /**
     * Returns the number of documents the write was given.
     *
     * @return the batch size
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether every document was written.
     *
     * @return {@code true} if nothing failed, nothing was skipped and nothing is in doubt
     */
    public boolean isComplete() {
        return errors.isEmpty() && notAttempted.isEmpty() && unknown.isEmpty() && interruption == null;
    }

    /**
     * Returns what happened to one document.
     *
     * @param position from 0 to {@code size() - 1}
     * @return its status
     */
    public PositionStatus status(int position) {
        Objects.checkIndex(position, size);
        for (WriteError error : errors) {
            if (error.position() == position) {
                return PositionStatus.FAILED;
            }
        }
        if (within(notAttempted, position)) {
            return PositionStatus.NOT_ATTEMPTED;
        }
        if (within(unknown, position)) {
            return PositionStatus.UNKNOWN;
        }
        return PositionStatus.WRITTEN;
    }

    private static boolean within(List<PositionRange> ranges, int position) {
        for (PositionRange range : ranges) {
            if (range.contains(position)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the server's refusals, by position.
     *
     * @return the errors, sorted by position
     */
    public List<WriteError> errors() {
        return errors;
    }

    /**
     * Returns the positions never sent.
     *
     * @return the ranges, in the order they were recorded
     */
    public List<PositionRange> notAttempted() {
        return notAttempted;
    }

    /**
     * Returns the positions that were on the wire when the write was interrupted.
     *
     * @return the ranges, in the order they were recorded
     */
    public List<PositionRange> unknown() {
        return unknown;
    }

    /**
     * Returns why the write stopped early, if it did.
     *
     * @return the interruption, or empty
     */
    public Optional<Interruption> interruption() {
        return Optional.ofNullable(interruption);
    }

    /**
     * Counts the positions written.
     *
     * @return {@code size()} minus failed, not attempted and unknown positions
     */
    public int writtenCount() {
        return size - errors.size() - count(notAttempted) - count(unknown);
    }

    private static int count(List<PositionRange> ranges) {
        return ranges.stream().mapToInt(PositionRange::length).sum();
    }

    /**
     * Describes the outcome in one paragraph, naming every failed position (up to ten) and the skipped ranges.
     *
     * @return the description
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(writtenCount()).append(" of ").append(size).append(" written");
        if (!errors.isEmpty()) {
            text.append("; ").append(errors.size()).append(" failed: ");
            errors.stream().limit(10).forEach(error -> text.append(error.describe()).append("; "));
            if (errors.size() > 10) {
                text.append("... (").append(errors.size() - 10).append(" more); ");
            }
            text.setLength(text.length() - 2);
        }
        if (!notAttempted.isEmpty()) {
            text.append("; not attempted: ").append(notAttempted);
        }
        if (!unknown.isEmpty()) {
            text.append("; unknown (may have been written): ").append(unknown);
        }
        if (interruption != null) {
            text.append("; interrupted by: ").append(interruption.message());
        }
        return text.toString();
    }

    /** Reports are equal when they account for every position the same way and were stopped by the same cause. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WriteReport that && size == that.size && errors.equals(that.errors)
                && notAttempted.equals(that.notAttempted) && unknown.equals(that.unknown)
                && Objects.equals(interruption, that.interruption);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, errors, notAttempted, unknown, interruption);
    }

    @Override
    public String toString() {
        return "WriteReport[" + describe() + "]";
    }

    /** Collects the outcome of a write as it happens. Not thread-safe. */
    public static final class Builder {

        private final int size;
        private final List<WriteError> errors = new ArrayList<>();
        private final List<PositionRange> notAttempted = new ArrayList<>();
        private final List<PositionRange> unknown = new ArrayList<>();
        private @Nullable Interruption interruption;

        private Builder(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative: " + size);
            }
            this.size = size;
        }

        /**
         * Records a refused document.
         *
         * @param error the error; its position must be within the batch
         * @return this builder
         */
        public Builder failed(WriteError error) {
            Objects.checkIndex(error.position(), size);
            errors.add(error);
            return this;
        }

        /**
         * Records positions never sent.
         *
         * @param from first position, inclusive
         * @param to end, exclusive; nothing is recorded if {@code to <= from}
         * @return this builder
         */
        public Builder notAttempted(int from, int to) {
            if (to > from) {
                Objects.checkFromToIndex(from, to, size);
                notAttempted.add(new PositionRange(from, to));
            }
            return this;
        }

        /**
         * Records positions that may or may not have been written.
         *
         * @param from first position, inclusive
         * @param to end, exclusive; nothing is recorded if {@code to <= from}
         * @return this builder
         */
        public Builder unknown(int from, int to) {
            if (to > from) {
                Objects.checkFromToIndex(from, to, size);
                unknown.add(new PositionRange(from, to));
            }
            return this;
        }

        /**
         * Records why the write stopped early.
         *
         * @param cause the interruption
         * @return this builder
         */
        public Builder interruptedBy(Interruption cause) {
            this.interruption = Objects.requireNonNull(cause, "cause");
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the immutable report
         */
        public WriteReport build() {
            return new WriteReport(this);
        }
    }
}
