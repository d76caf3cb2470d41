package io.databridge.odm.api.update;

import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.query.Sort;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One change of an {@link Update}, built from the static factories: {@code set("status", Status.PAID)},
 * {@code inc("visits", 1)}, {@code push("lines", line).slice(-10)}.
 *
 * <p>Immutable. A change names a Java path and holds Java values; the repository checks and converts them when the
 * update is rendered (see the package documentation). Paths may name array elements with a positional segment right
 * after a collection field: {@code lines.$.qty} (the first element the query matched), {@code lines.$[].qty} (every
 * element) or {@code lines.$[hot].qty} (the elements the array filter {@code hot} matches, see
 * {@link Update#withArrayFilter}).
 */
public sealed interface Change {

    /**
     * Returns the Java path the change applies to.
     *
     * @return the path, as written
     */
    String path();

    /**
     * Sets a field to a value ({@code $set}).
     *
     * @param path the Java path
     * @param value the value, {@code null} for a stored null
     */
    record Set(String path, @Nullable Object value) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param value any
         */
        public Set {
            UpdatePaths.require(path);
        }
    }

    /**
     * Sets a field only when an upsert inserts the document ({@code $setOnInsert}).
     *
     * @param path the Java path
     * @param value the value, {@code null} for a stored null
     */
    record SetOnInsert(String path, @Nullable Object value) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param value any
         */
        public SetOnInsert {
            UpdatePaths.require(path);
        }
    }

    /**
     * Removes a field ({@code $unset}); an array element named by a positional path becomes null.
     *
     * @param path the Java path
     */
    record Unset(String path) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         */
        public Unset {
            UpdatePaths.require(path);
        }
    }

    /**
     * Adds to a numeric field ({@code $inc}); a missing field is created with the delta.
     *
     * @param path the Java path
     * @param delta the amount, finite
     */
    record Inc(String path, Number delta) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param delta a finite number of a storable type
         */
        public Inc {
            UpdatePaths.require(path);
            requireArithmetic(delta, "inc");
        }
    }

    /**
     * Multiplies a numeric field ({@code $mul}); a missing field is created with zero.
     *
     * @param path the Java path
     * @param factor the factor, finite
     */
    record Mul(String path, Number factor) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param factor a finite number of a storable type
         */
        public Mul {
            UpdatePaths.require(path);
            requireArithmetic(factor, "mul");
        }
    }

    /**
     * Sets a field to a value if the value is less than the stored one ({@code $min}).
     *
     * @param path the Java path
     * @param value the value
     */
    record Min(String path, Object value) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param value not null, not NaN
         */
        public Min {
            UpdatePaths.require(path);
            requireComparable(value, "min");
        }
    }

    /**
     * Sets a field to a value if the value is greater than the stored one ({@code $max}).
     *
     * @param path the Java path
     * @param value the value
     */
    record Max(String path, Object value) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param value not null, not NaN
         */
        public Max {
            UpdatePaths.require(path);
            requireComparable(value, "max");
        }
    }

    /**
     * Sets a date/time field to the server's current time ({@code $currentDate}).
     *
     * @param path the Java path
     */
    record CurrentDate(String path) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         */
        public CurrentDate {
            UpdatePaths.require(path);
        }
    }

    /**
     * Moves a field's value to another field of the same type ({@code $rename}); neither may be inside an array.
     *
     * @param path the Java path of the field renamed
     * @param newPath the Java path it moves to
     */
    record Rename(String path, String newPath) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param newPath a valid update path, other than {@code path}
         */
        public Rename {
            UpdatePaths.require(path);
            UpdatePaths.require(newPath);
            if (path.equals(newPath)) {
                throw new IllegalArgumentException("rename to another path: '" + path + "' renamed to itself");
            }
        }
    }

    /**
     * Appends values to an array field ({@code $push}), with the optional modifiers of {@code $each}.
     *
     * @param path the Java path of a collection field
     * @param values the elements appended, in order (possibly none, e.g. to only sort or slice)
     * @param position where they are inserted ({@code $position}; negative counts from the end), {@code null} to
     *                 append
     * @param order how the whole array is sorted afterwards ({@code $sort}), {@code null} to keep the order
     * @param slice how many elements are kept afterwards ({@code $slice}; negative keeps the last ones), {@code null}
     *              to keep all
     */
    record Push(String path, List<@Nullable Object> values, @Nullable Integer position, @Nullable Order order,
            @Nullable Integer slice) implements Change {

        /** How {@code $sort} orders the elements after a push. */
        public sealed interface Order {
        }

        /**
         * Sorts elements by their own value.
         *
         * @param ascending the direction
         */
        public record ByValue(boolean ascending) implements Order {
        }

        /**
         * Sorts embedded-document elements by their fields (paths relative to the element).
         *
         * @param sort the keys
         */
        public record ByFields(Sort sort) implements Order {
            /**
             * Validates.
             *
             * @param sort not null
             */
            public ByFields {
                Objects.requireNonNull(sort, "sort");
            }
        }

        /**
         * Validates and copies.
         *
         * @param path a valid update path
         * @param values copied; may hold nulls
         * @param position any, or {@code null}
         * @param order any, or {@code null}
         * @param slice any, or {@code null}
         */
        public Push {
            UpdatePaths.require(path);
            values = copy(values);
        }

        /**
         * Keeps only some elements after the push ({@code $slice}).
         *
         * @param count how many: positive keeps the first ones, negative the last ones, zero none
         * @return a new push
         */
        public Push slice(int count) {
            return new Push(path, values, position, order, count);
        }

        /**
         * Sorts the elements ascending by their own value after the push.
         *
         * @return a new push
         */
        public Push sortAscending() {
            return new Push(path, values, position, new ByValue(true), slice);
        }

        /**
         * Sorts the elements descending by their own value after the push.
         *
         * @return a new push
         */
        public Push sortDescending() {
            return new Push(path, values, position, new ByValue(false), slice);
        }

        /**
         * Sorts embedded-document elements by their fields after the push.
         *
         * @param sort the keys, paths relative to the element ({@code Sort.descending("qty")})
         * @return a new push
         */
        public Push sortBy(Sort sort) {
            return new Push(path, values, position, new ByFields(sort), slice);
        }

        /**
         * Inserts the values at a position instead of appending them ({@code $position}).
         *
         * @param index the index; negative counts from the end
         * @return a new push
         */
        public Push at(int index) {
            return new Push(path, values, index, order, slice);
        }

        /**
         * Tells whether a modifier ({@code $position}, {@code $sort}, {@code $slice}) is set.
         *
         * @return {@code true} if the push needs the {@code $each} form
         */
        public boolean modified() {
            return position != null || order != null || slice != null;
        }
    }

    /**
     * Adds values to an array field unless an equal element is there ({@code $addToSet}).
     *
     * @param path the Java path of a collection field
     * @param values the elements added
     */
    record AddToSet(String path, List<@Nullable Object> values) implements Change {
        /**
         * Validates and copies.
         *
         * @param path a valid update path
         * @param values copied; may hold nulls
         */
        public AddToSet {
            UpdatePaths.require(path);
            values = copy(values);
        }
    }

    /**
     * Removes the first or the last element of an array field ({@code $pop}).
     *
     * @param path the Java path of a collection field
     * @param first {@code true} for the first element, {@code false} for the last
     */
    record Pop(String path, boolean first) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param first which end
         */
        public Pop {
            UpdatePaths.require(path);
        }
    }

    /**
     * Removes the elements of an array field equal to a value ({@code $pull}).
     *
     * @param path the Java path of a collection field
     * @param value the element value, {@code null} for null elements
     */
    record Pull(String path, @Nullable Object value) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param value any
         */
        public Pull {
            UpdatePaths.require(path);
        }
    }

    /**
     * Removes the elements of an array field that match a condition ({@code $pull} with a query).
     *
     * @param path the Java path of a collection field
     * @param condition the condition on one element, paths relative to it (the empty path for the element's own value,
     *                  as in {@link Filter#elemMatch})
     */
    record PullWhere(String path, Filter condition) implements Change {
        /**
         * Validates.
         *
         * @param path a valid update path
         * @param condition not null
         */
        public PullWhere {
            UpdatePaths.require(path);
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * Removes the elements of an array field equal to any of the values ({@code $pullAll}).
     *
     * @param path the Java path of a collection field
     * @param values the element values
     */
    record PullAll(String path, List<@Nullable Object> values) implements Change {
        /**
         * Validates and copies.
         *
         * @param path a valid update path
         * @param values copied; may hold nulls
         */
        public PullAll {
            UpdatePaths.require(path);
            values = copy(values);
        }
    }

    /**
     * Sets a field.
     *
     * @param path the Java path
     * @param value the value, {@code null} for a stored null (refused for primitive fields)
     * @return the change
     */
    static Set set(String path, @Nullable Object value) {
        return new Set(path, value);
    }

    /**
     * Removes a field.
     *
     * @param path the Java path
     * @return the change
     */
    static Unset unset(String path) {
        return new Unset(path);
    }

    /**
     * Adds to a numeric field.
     *
     * @param path the Java path
     * @param delta the amount
     * @return the change
     */
    static Inc inc(String path, Number delta) {
        return new Inc(path, delta);
    }

    /**
     * Multiplies a numeric field.
     *
     * @param path the Java path
     * @param factor the factor
     * @return the change
     */
    static Mul mul(String path, Number factor) {
        return new Mul(path, factor);
    }

    /**
     * Lowers a field to a value.
     *
     * @param path the Java path of an ordered field
     * @param value the value
     * @return the change
     */
    static Min min(String path, Object value) {
        return new Min(path, value);
    }

    /**
     * Raises a field to a value.
     *
     * @param path the Java path of an ordered field
     * @param value the value
     * @return the change
     */
    static Max max(String path, Object value) {
        return new Max(path, value);
    }

    /**
     * Moves a field to another path.
     *
     * @param path the Java path renamed
     * @param newPath the Java path it moves to
     * @return the change
     */
    static Rename rename(String path, String newPath) {
        return new Rename(path, newPath);
    }

    /**
     * Sets a date/time field to the server's current time.
     *
     * @param path the Java path
     * @return the change
     */
    static CurrentDate currentDate(String path) {
        return new CurrentDate(path);
    }

    /**
     * Sets a field when an upsert inserts the document.
     *
     * @param path the Java path
     * @param value the value
     * @return the change
     */
    static SetOnInsert setOnInsert(String path, @Nullable Object value) {
        return new SetOnInsert(path, value);
    }

    /**
     * Appends one element.
     *
     * @param path the Java path of a collection field
     * @param value the element
     * @return the change, to which modifiers may be added
     */
    static Push push(String path, @Nullable Object value) {
        return new Push(path, Collections.singletonList(value), null, null, null);
    }

    /**
     * Appends elements.
     *
     * @param path the Java path of a collection field
     * @param values the elements, in order
     * @return the change, to which modifiers may be added
     */
    static Push pushEach(String path, List<?> values) {
        return new Push(path, copy(values), null, null, null);
    }

    /**
     * Adds an element unless an equal one is there.
     *
     * @param path the Java path of a collection field
     * @param value the element
     * @return the change
     */
    static AddToSet addToSet(String path, @Nullable Object value) {
        return new AddToSet(path, Collections.singletonList(value));
    }

    /**
     * Adds each element unless an equal one is there.
     *
     * @param path the Java path of a collection field
     * @param values the elements
     * @return the change
     */
    static AddToSet addEachToSet(String path, List<?> values) {
        return new AddToSet(path, copy(values));
    }

    /**
     * Removes the first element.
     *
     * @param path the Java path of a collection field
     * @return the change
     */
    static Pop popFirst(String path) {
        return new Pop(path, true);
    }

    /**
     * Removes the last element.
     *
     * @param path the Java path of a collection field
     * @return the change
     */
    static Pop popLast(String path) {
        return new Pop(path, false);
    }

    /**
     * Removes the elements equal to a value.
     *
     * @param path the Java path of a collection field
     * @param value the element value
     * @return the change
     */
    static Pull pull(String path, @Nullable Object value) {
        return new Pull(path, value);
    }

    /**
     * Removes the elements that match a condition.
     *
     * @param path the Java path of a collection field
     * @param condition the condition on one element: {@code gt("", 80)} for plain elements, {@code eq("sku", "x")}
     *                  for embedded documents
     * @return the change
     */
    static PullWhere pullWhere(String path, Filter condition) {
        return new PullWhere(path, condition);
    }

    /**
     * Removes the elements equal to any of the values.
     *
     * @param path the Java path of a collection field
     * @param values the element values
     * @return the change
     */
    static PullAll pullAll(String path, List<?> values) {
        return new PullAll(path, copy(values));
    }

    private static void requireArithmetic(Number number, String operator) {
        Objects.requireNonNull(number, operator + " needs a number");
        if (!(number instanceof Integer || number instanceof Long || number instanceof Double
                || number instanceof Short || number instanceof Byte || number instanceof Float
                || number instanceof BigDecimal)) {
            throw new IllegalArgumentException(operator + " by an Integer, Long, Short, Byte, Double, Float or "
                    + "BigDecimal; got " + number.getClass().getName());
        }
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            throw new IllegalArgumentException(operator + " by a finite number; got " + number);
        }
    }

    private static void requireComparable(Object value, String operator) {
        Objects.requireNonNull(value, operator + " needs a value");
        if ((value instanceof Double || value instanceof Float) && Double.isNaN(((Number) value).doubleValue())) {
            throw new IllegalArgumentException(operator + " with NaN has no meaning: the server orders NaN below every "
                    + "number");
        }
    }

    private static List<@Nullable Object> copy(List<?> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
