package io.databridge.odm.api.store;

import io.databridge.odm.api.value.DocumentValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An atomic find-and-modify of one document: update, replace or delete the first document the filter matches (in sort
 * order) and return it, before or after the change.
 *
 * @param collection the collection
 * @param filter the filter
 * @param change what to do with the document
 * @param sort the sort document picking the first match, or {@code null}
 * @param projection the projection of the returned document, or {@code null} for all of it
 * @param returnAfter {@code true} for the document after the change; ignored for a delete
 * @param upsert whether an update or replace inserts when nothing matches
 * @param context options and transaction
 */
public record FindAndModifyRequest(String collection, DocumentValue filter, Change change,
        @Nullable DocumentValue sort, @Nullable DocumentValue projection, boolean returnAfter, boolean upsert,
        StoreContext context) {

    /**
     * Validates.
     *
     * @param collection not empty
     * @param filter not null
     * @param change not null
     * @param sort any
     * @param projection any
     * @param returnAfter any
     * @param upsert not for a delete
     * @param context not null
     */
    public FindAndModifyRequest {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(context, "context");
        if (upsert && change instanceof Remove) {
            throw new IllegalArgumentException("a delete cannot upsert");
        }
    }

    /** What happens to the document found. */
    public sealed interface Change {
    }

    /**
     * Applies an operator document.
     *
     * @param update the operator document
     * @param arrayFilters the conditions of {@code $[identifier]} paths
     */
    public record UpdateWith(DocumentValue update, List<DocumentValue> arrayFilters) implements Change {
        /**
         * Validates, as {@link WriteOperation.Update} does.
         *
         * @param update an operator document
         * @param arrayFilters copied
         */
        public UpdateWith {
            new WriteOperation.Update(DocumentValue.empty(), update, arrayFilters, false, false);
            arrayFilters = List.copyOf(arrayFilters);
        }
    }

    /**
     * Replaces the document.
     *
     * @param replacement the new document, {@code _id} first, never an operator document
     */
    public record ReplaceWith(DocumentValue replacement) implements Change {
        /**
         * Validates, as {@link WriteOperation.Replace} does.
         *
         * @param replacement the new document
         */
        public ReplaceWith {
            new WriteOperation.Replace(DocumentValue.empty(), replacement, false, false);
        }
    }

    /** Deletes the document. */
    public record Remove() implements Change {
    }
}
