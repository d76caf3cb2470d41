package io.databridge.odm.api;

/**
 * How a bulk insert behaves. Immutable.
 */
public final class InsertOptions {

    private static final InsertOptions ORDERED = new InsertOptions(true);
    private static final InsertOptions UNORDERED = new InsertOptions(false);

    private final boolean ordered;

    private InsertOptions(boolean ordered) {
        this.ordered = ordered;
    }

    /**
     * Ordered (the default): documents are written in order and the insert stops at the first failure; later
     * documents are not attempted.
     *
     * @return the ordered options
     */
    public static InsertOptions ordered() {
        return ORDERED;
    }

    /**
     * Unordered: every document is attempted whatever fails, and batches may be in flight on several connections at
     * once, so the stored order is not the batch order.
     *
     * @return the unordered options
     */
    public static InsertOptions unordered() {
        return UNORDERED;
    }

    /**
     * Tells whether the insert is ordered.
     *
     * @return {@code true} if it stops at the first failure
     */
    public boolean isOrdered() {
        return ordered;
    }

    @Override
    public String toString() {
        return ordered ? "InsertOptions[ordered]" : "InsertOptions[unordered]";
    }
}
