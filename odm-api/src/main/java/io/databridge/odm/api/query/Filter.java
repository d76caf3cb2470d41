package io.databridge.odm.api.query;

import io.databridge.odm.api.value.DocumentValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A condition on the documents of a collection, built from the static factories:
 * {@code and(eq("status", Status.PAID), gte("placedAt", since))}.
 *
 * <p>Immutable and reusable from any thread. A filter names Java paths and holds Java values; a repository checks and
 * converts them when a query is built (see the package documentation), so the same filter object may be used with
 * several repositories of types that share the path.
 */
public sealed interface Filter {

    /** The comparison operators. */
    enum Comparison {
        /** Equal: matches the value literally (for an array field, also an element equal to it). */
        EQ("$eq"),
        /** Not equal. */
        NE("$ne"),
        /** Greater than. */
        GT("$gt"),
        /** Greater than or equal. */
        GTE("$gte"),
        /** Less than. */
        LT("$lt"),
        /** Less than or equal. */
        LTE("$lte");

        private final String operator;

        Comparison(String operator) {
            this.operator = operator;
        }

        /**
         * Returns the server's operator.
         *
         * @return e.g. {@code $gte}
         */
        public String operator() {
            return operator;
        }
    }

    /**
     * A comparison of a field with a value.
     *
     * @param path the Java path
     * @param comparison the operator
     * @param value the value, {@code null} for a stored null or a missing field
     */
    record Compare(String path, Comparison comparison, @Nullable Object value) implements Filter {
        /**
         * Validates.
         *
         * @param path not empty
         * @param comparison not null
         * @param value any
         */
        public Compare {
            requirePath(path);
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /**
     * Membership in a set of values.
     *
     * @param path the Java path
     * @param values the values
     * @param negated {@code true} for "not in"
     */
    record In(String path, List<@Nullable Object> values, boolean negated) implements Filter {
        /**
         * Validates and copies.
         *
         * @param path not empty
         * @param values the values; copied
         * @param negated whether negated
         */
        public In {
            requirePath(path);
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * All of, any of, or none of several filters.
     *
     * @param operator {@code $and}, {@code $or} or {@code $nor}
     * @param filters the filters, at least one
     */
    record Logical(String operator, List<Filter> filters) implements Filter {
        /**
         * Validates and copies.
         *
         * @param operator one of the three
         * @param filters at least one
         */
        public Logical {
            if (!List.of("$and", "$or", "$nor").contains(operator)) {
                throw new IllegalArgumentException("not a logical operator: " + operator);
            }
            filters = List.copyOf(filters);
            if (filters.isEmpty()) {
                throw new IllegalArgumentException(operator + " needs at least one filter");
            }
        }
    }

    /**
     * The negation of a filter: matches the documents it does not match.
     *
     * @param filter the filter negated
     */
    record Not(Filter filter) implements Filter {
        /**
         * Validates.
         *
         * @param filter not null
         */
        public Not {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /**
     * Whether a field is present.
     *
     * @param path the Java path
     * @param present {@code true} to match documents that have the field
     */
    record Exists(String path, boolean present) implements Filter {
        /**
         * Validates.
         *
         * @param path not empty
         * @param present whether present
         */
        public Exists {
            requirePath(path);
        }
    }

    /**
     * Whether a field holds a stored type.
     *
     * @param path the Java path
     * @param type the type
     */
    record TypeIs(String path, StoredType type) implements Filter {
        /**
         * Validates.
         *
         * @param path not empty
         * @param type not null
         */
        public TypeIs {
            requirePath(path);
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * An array field containing all of the values.
     *
     * @param path the Java path of a collection field
     * @param values the values
     */
    record All(String path, List<Object> values) implements Filter {
        /**
         * Validates and copies.
         *
         * @param path not empty
         * @param values the values; copied
         */
        public All {
            requirePath(path);
            values = List.copyOf(values);
        }
    }

    /**
     * An array field of a size.
     *
     * @param path the Java path of a collection field
     * @param size the number of elements
     */
    record Size(String path, int size) implements Filter {
        /**
         * Validates.
         *
         * @param path not empty
         * @param size not negative
         */
        public Size {
            requirePath(path);
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative: " + size);
            }
        }
    }

    /**
     * An array field with at least one element matching a filter whose paths are relative to the element (use the
     * empty path for elements that are plain values: {@code elemMatch("scores", gt("", 80))}).
     *
     * @param path the Java path of a collection field
     * @param element the filter on one element
     */
    record ElemMatch(String path, Filter element) implements Filter {
        /**
         * Validates.
         *
         * @param path not empty
         * @param element not null
         */
        public ElemMatch {
            requirePath(path);
            Objects.requireNonNull(element, "element");
        }
    }

    /**
     * A string field matching a regular expression.
     *
     * @param path the Java path of a string field
     * @param pattern the expression (PCRE syntax, as the server reads it)
     * @param options the server's options letters ({@code i}, {@code m}, {@code x}, {@code s}), possibly empty
     */
    record Regex(String path, String pattern, String options) implements Filter {
        /**
         * Validates.
         *
         * @param path not empty
         * @param pattern not null
         * @param options only the letters i, m, x, s
         */
        public Regex {
            requirePath(path);
            Objects.requireNonNull(pattern, "pattern");
            if (!options.chars().allMatch(c -> "imxs".indexOf(c) >= 0)) {
                throw new IllegalArgumentException("regex options are among i, m, x, s: " + options);
            }
        }
    }

    /**
     * An expert's filter document, sent as written: stored names, operators and values unchecked.
     *
     * @param document the filter document
     */
    record Raw(DocumentValue document) implements Filter {
        /**
         * Validates.
         *
         * @param document not null
         */
        public Raw {
            Objects.requireNonNull(document, "document");
        }
    }

    private static void requirePath(String path) {
        Objects.requireNonNull(path, "path");
    }

    /**
     * Field equals value (literally; for an array field, also "contains").
     *
     * @param path the Java path
     * @param value the value; {@code null} matches a stored null or a missing field
     * @return the filter
     */
    static Filter eq(String path, @Nullable Object value) {
        return new Compare(path, Comparison.EQ, value);
    }

    /**
     * Field does not equal value.
     *
     * @param path the Java path
     * @param value the value
     * @return the filter
     */
    static Filter ne(String path, @Nullable Object value) {
        return new Compare(path, Comparison.NE, value);
    }

    /**
     * Field greater than value.
     *
     * @param path the Java path
     * @param value the value
     * @return the filter
     */
    static Filter gt(String path, Object value) {
        return new Compare(path, Comparison.GT, Objects.requireNonNull(value, "value"));
    }

    /**
     * Field greater than or equal to value.
     *
     * @param path the Java path
     * @param value the value
     * @return the filter
     */
    static Filter gte(String path, Object value) {
        return new Compare(path, Comparison.GTE, Objects.requireNonNull(value, "value"));
    }

    /**
     * Field less than value.
     *
     * @param path the Java path
     * @param value the value
     * @return the filter
     */
    static Filter lt(String path, Object value) {
        return new Compare(path, Comparison.LT, Objects.requireNonNull(value, "value"));
    }

    /**
     * Field less than or equal to value.
     *
     * @param path the Java path
     * @param value the value
     * @return the filter
     */
    static Filter lte(String path, Object value) {
        return new Compare(path, Comparison.LTE, Objects.requireNonNull(value, "value"));
    }

    /**
     * Field equals one of the values.
     *
     * @param path the Java path
     * @param values the values
     * @return the filter
     */
    static Filter in(String path, Collection<?> values) {
        return new In(path, new ArrayList<>(values), false);
    }

    /**
     * Field equals one of the values.
     *
     * @param path the Java path
     * @param values the values
     * @return the filter
     */
    static Filter in(String path, Object... values) {
        return in(path, Arrays.asList(values));
    }

    /**
     * Field equals none of the values.
     *
     * @param path the Java path
     * @param values the values
     * @return the filter
     */
    static Filter nin(String path, Collection<?> values) {
        return new In(path, new ArrayList<>(values), true);
    }

    /**
     * All filters match.
     *
     * @param filters at least one
     * @return the filter
     */
    static Filter and(Filter... filters) {
        return new Logical("$and", List.of(filters));
    }

    /**
     * At least one filter matches.
     *
     * @param filters at least one
     * @return the filter
     */
    static Filter or(Filter... filters) {
        return new Logical("$or", List.of(filters));
    }

    /**
     * No filter matches.
     *
     * @param filters at least one
     * @return the filter
     */
    static Filter nor(Filter... filters) {
        return new Logical("$nor", List.of(filters));
    }

    /**
     * The filter does not match.
     *
     * @param filter the filter negated
     * @return the filter
     */
    static Filter not(Filter filter) {
        return new Not(filter);
    }

    /**
     * The field is present (or absent).
     *
     * @param path the Java path
     * @param present whether it must be present
     * @return the filter
     */
    static Filter exists(String path, boolean present) {
        return new Exists(path, present);
    }

    /**
     * The field holds a stored type.
     *
     * @param path the Java path
     * @param type the type
     * @return the filter
     */
    static Filter type(String path, StoredType type) {
        return new TypeIs(path, type);
    }

    /**
     * The array field contains all values.
     *
     * @param path the Java path of a collection field
     * @param values the values
     * @return the filter
     */
    static Filter all(String path, Collection<?> values) {
        return new All(path, List.copyOf(values));
    }

    /**
     * The array field has a size.
     *
     * @param path the Java path of a collection field
     * @param size the size
     * @return the filter
     */
    static Filter size(String path, int size) {
        return new Size(path, size);
    }

    /**
     * An element of the array field matches.
     *
     * @param path the Java path of a collection field
     * @param element the filter on one element, paths relative to it
     * @return the filter
     */
    static Filter elemMatch(String path, Filter element) {
        return new ElemMatch(path, element);
    }

    /**
     * The string field matches a regular expression.
     *
     * @param path the Java path of a string field
     * @param pattern the expression
     * @return the filter
     */
    static Filter regex(String path, String pattern) {
        return new Regex(path, pattern, "");
    }

    /**
     * The string field matches a regular expression, with options.
     *
     * @param path the Java path of a string field
     * @param pattern the expression
     * @param options option letters among {@code imxs}
     * @return the filter
     */
    static Filter regex(String path, String pattern, String options) {
        return new Regex(path, pattern, options);
    }

    /**
     * An expert's filter document, sent unchecked.
     *
     * @param document the filter document, with stored names and operators
     * @return the filter
     */
    static Filter raw(DocumentValue document) {
        return new Raw(document);
    }
}
