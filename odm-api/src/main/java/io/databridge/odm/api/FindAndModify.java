package io.databridge.odm.api;

import io.databridge.odm.api.query.Sort;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@code findOneAnd...} picks its document and what it returns. Immutable; start from {@link #returnBefore()} or
 * {@link #returnAfter()}.
 */
public final class FindAndModify {

    private static final FindAndModify BEFORE = new FindAndModify(false, null, false);
    private static final FindAndModify AFTER = new FindAndModify(true, null, false);

    private final boolean after;
    private final @Nullable Sort sort;
    private final boolean upsert;

    private FindAndModify(boolean after, @Nullable Sort sort, boolean upsert) {
        this.after = after;
        this.sort = sort;
        this.upsert = upsert;
    }

    /**
     * Returns the document as it was before the change (the default; the only choice for a delete).
     *
     * @return the options
     */
    public static FindAndModify returnBefore() {
        return BEFORE;
    }

    /**
     * Returns the document as it is after the change.
     *
     * @return the options
     */
    public static FindAndModify returnAfter() {
        return AFTER;
    }

    /**
     * Picks the first matching document in an order.
     *
     * @param order the sort
     * @return new options
     */
    public FindAndModify sortedBy(Sort order) {
        return new FindAndModify(after, Objects.requireNonNull(order, "order"), upsert);
    }

    /**
     * Inserts a document when nothing matches (for updates and replaces).
     *
     * @return new options
     */
    public FindAndModify upsert() {
        return new FindAndModify(after, sort, true);
    }

    /**
     * Tells whether the document after the change is returned.
     *
     * @return {@code true} for after
     */
    public boolean after() {
        return after;
    }

    /**
     * Returns the sort.
     *
     * @return the sort, or {@code null} for the server's order
     */
    public @Nullable Sort sort() {
        return sort;
    }

    /**
     * Tells whether nothing matching inserts.
     *
     * @return {@code true} for an upsert
     */
    public boolean upserts() {
        return upsert;
    }
}
