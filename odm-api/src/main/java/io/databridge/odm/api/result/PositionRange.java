package io.databridge.odm.api.result;

/**
 * Consecutive positions of a batch.
 *
 * @param from the first position, inclusive
 * @param to the end, exclusive; {@code to > from}
 */
public record PositionRange(int from, int to) {

    /**
     * Creates a range.
     *
     * @param from the first position, not negative
     * @param to the end, greater than {@code from}
     */
    public PositionRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("empty or negative range [" + from + ", " + to + ")");
        }
    }

    /**
     * Tells whether the range holds a position.
     *
     * @param position the position
     * @return {@code true} if {@code from <= position < to}
     */
    public boolean contains(int position) {
        return position >= from && position < to;
    }

    /**
     * Returns the number of positions.
     *
     * @return {@code to - from}
     */
    public int length() {
        return to - from;
    }

    @Override
    public String toString() {
        return length() == 1 ? Integer.toString(from) : from + ".." + (to - 1);
    }
}
