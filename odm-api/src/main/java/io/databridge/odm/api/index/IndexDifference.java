package io.databridge.odm.api.index;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between the indexes declared for an entity type and those that exist in its collection, as
 * {@link io.databridge.odm.api.Repository#checkIndexes()} reports it.
 *
 * <p>The details name each option that differs, with the option names {@value #KEYS}, {@value #NAME},
 * {@value #UNIQUE}, {@value #SPARSE}, {@value #PARTIAL_FILTER}, {@value #EXPIRE_AFTER} and {@value #COLLATION}, and
 * values written in stored terms ({@code {lastName: 1}}, {@code true}, {@code 3600 s}). A missing index lists its
 * keys and every option it declares (nothing exists), an extra one its keys and every option it has (nothing is
 * declared), a changed one only what differs.
 *
 * @param kind missing, extra or changed
 * @param collection the collection
 * @param name the index name (the declared name for a missing or changed index, the existing one for an extra)
 * @param details what differs, option by option; at least one
 */
public record IndexDifference(Kind kind, String collection, String name, List<Detail> details) {

    /** The option name of the key pattern. */
    public static final String KEYS = "keys";
    /** The option name of the index name (an existing index with the declared keys has another name). */
    public static final String NAME = "name";
    /** The option name of uniqueness. */
    public static final String UNIQUE = "unique";
    /** The option name of sparseness. */
    public static final String SPARSE = "sparse";
    /** The option name of the partial filter. */
    public static final String PARTIAL_FILTER = "partialFilter";
    /** The option name of the TTL. */
    public static final String EXPIRE_AFTER = "expireAfter";
    /** The option name of the collation. */
    public static final String COLLATION = "collation";

    /** What kind of difference. */
    public enum Kind {
        /** A declared index does not exist; {@code ensureIndexes} creates it. */
        MISSING,
        /** An existing index is not declared (the {@code _id_} index never is); nothing drops it. */
        EXTRA,
        /**
         * A declared index exists with the same name or the same keys but other keys or options; {@code ensureIndexes}
         * refuses to touch it (the server would refuse to create the declared one next to it).
         */
        CHANGED
    }

    /**
     * One option that differs.
     *
     * @param option the option name, one of the constants of {@link IndexDifference}
     * @param declared the declared value, or {@code null} where nothing is declared (an extra index)
     * @param existing the existing value, or {@code null} where nothing exists (a missing index)
     */
    public record Detail(String option, @Nullable String declared, @Nullable String existing) {

        /**
         * Validates.
         *
         * @param option not null
         * @param declared any
         * @param existing any
         */
        public Detail {
            Objects.requireNonNull(option, "option");
        }

        /**
         * Describes the detail.
         *
         * @return e.g. {@code unique: declared true, existing false}
         */
        public String describe() {
            return option + ": " + (declared == null ? "" : "declared " + declared)
                    + (declared != null && existing != null ? ", " : "")
                    + (existing == null ? "" : "existing " + existing);
        }
    }

    /**
     * Validates and copies.
     *
     * @param kind not null
     * @param collection not null
     * @param name not null
     * @param details at least one; copied
     */
    public IndexDifference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(name, "name");
        details = List.copyOf(details);
        if (details.isEmpty()) {
            throw new IllegalArgumentException("a difference names at least one option");
        }
    }

    /**
     * Returns the detail of one option.
     *
     * @param option the option name
     * @return the detail, or {@code null} if that option does not differ
     */
    public @Nullable Detail detail(String option) {
        for (Detail detail : details) {
            if (detail.option().equals(option)) {
                return detail;
            }
        }
        return null;
    }

    /**
     * Describes the difference in one line.
     *
     * @return e.g. {@code CHANGED index email_1 on 'people': unique: declared true, existing false}
     */
    public String describe() {
        StringBuilder text = new StringBuilder().append(kind).append(" index ").append(name).append(" on '")
                .append(collection).append("': ");
        for (int i = 0; i < details.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(details.get(i).describe());
        }
        return text.toString();
    }
}
