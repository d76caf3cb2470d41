package io.databridge.odm.mapping;

import io.databridge.odm.api.error.IndexConflictException;
import io.databridge.odm.api.index.Collation;
import io.databridge.odm.api.index.IndexDifference.Detail;
import io.databridge.odm.api.index.IndexDifference;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.StringValue;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares the declared indexes of one repository with those of its collection, and creates the missing ones.
 *
 * <p>A declared index is matched with the existing index of its name; failing that, with an existing index on the same
 * keys, collation and partial filter (the server would refuse a second one under another name). Unmatched declared indexes are
 * {@code MISSING}; matched ones whose keys or options differ are {@code CHANGED}; existing indexes nothing matched are
 * {@code EXTRA}, except {@code _id_}. Keys compare by field, order and kind (any number of the same sign is the same
 * direction); partial filters as documents; collations by locale and options, where an option whose default depends
 * on the locale is compared only when declared (see {@link #sameCollation}).
 *
 * <p>{@link #ensure()} lists, refuses every {@code CHANGED} index before creating anything, then creates all missing
 * indexes in one request; nothing is ever dropped. Immutable; one instance per call.
 */
final class Indexes {

    private final Class<?> entityType;
    private final String collection;
    private final List<StoredIndex> declared;
    private final DocumentStore store;
    private final StoreContext context;

    /**
     * Creates the comparison for a repository.
     *
     * @param entityType the entity type
     * @param collection its collection
     * @param declared the declared indexes in stored terms
     * @param store the store
     * @param context write concern, read preference and transaction
     */
    Indexes(Class<?> entityType, String collection, List<StoredIndex> declared, DocumentStore store,
            StoreContext context) {
        this.entityType = entityType;
        this.collection = collection;
        this.declared = declared;
        this.store = store;
        this.context = context;
    }

    /** What a comparison found: the differences, and the declared indexes that are missing. */
    private record Outcome(List<IndexDifference> differences, List<StoredIndex> missing) {
    }

    /**
     * Creates every declared index that does not exist.
     *
     * @throws IndexConflictException if a declared index is {@code CHANGED}; nothing was created
     */
    void ensure() {
        if (declared.isEmpty()) {
            return;
        }
        Outcome outcome = compare(store.listIndexes(collection, context));
        List<IndexDifference> conflicts = outcome.differences().stream()
                .filter(difference -> difference.kind() == IndexDifference.Kind.CHANGED).toList();
        if (!conflicts.isEmpty()) {
            throw new IndexConflictException(entityType, collection, conflicts);
        }
        if (!outcome.missing().isEmpty()) {
            store.createIndexes(collection, outcome.missing(), context);
        }
    }

    /**
     * Lists the differences.
     *
     * @return declared-order {@code MISSING} and {@code CHANGED}, then {@code EXTRA} in the server's order
     */
    List<IndexDifference> check() {
        return compare(store.listIndexes(collection, context)).differences();
    }

    private Outcome compare(List<StoredIndex> listed) {
        List<StoredIndex> existing = listed.stream().filter(index -> !index.name().equals(DeclaredIndexes.ID_INDEX))
                .toList();
        Map<StoredIndex, Boolean> claimed = new IdentityHashMap<>();
        List<IndexDifference> differences = new ArrayList<>();
        List<StoredIndex> missing = new ArrayList<>();
        for (StoredIndex wanted : declared) {
            StoredIndex found = match(wanted, existing, claimed);
            if (found == null) {
                missing.add(wanted);
                differences.add(new IndexDifference(IndexDifference.Kind.MISSING, collection, wanted.name(),
                        everything(wanted, true)));
                continue;
            }
            claimed.put(found, true);
            List<Detail> changes = changes(wanted, found);
            if (!changes.isEmpty()) {
                differences.add(new IndexDifference(IndexDifference.Kind.CHANGED, collection, wanted.name(),
                        changes));
            }
        }
        for (StoredIndex index : existing) {
            if (!claimed.containsKey(index)) {
                differences.add(new IndexDifference(IndexDifference.Kind.EXTRA, collection, index.name(),
                        everything(index, false)));
            }
        }
        return new Outcome(List.copyOf(differences), List.copyOf(missing));
    }

    /**
     * The existing index a declared one is: the one with its name, else an unclaimed one on the same keys, collation
     * and partial filter whose name no declared index has.
     */
    private @Nullable StoredIndex match(StoredIndex wanted, List<StoredIndex> existing,
            Map<StoredIndex, Boolean> claimed) {
        for (StoredIndex index : existing) {
            if (index.name().equals(wanted.name())) {
                return index;
            }
        }
        for (StoredIndex index : existing) {
            if (!claimed.containsKey(index) && sameKeys(wanted.keys(), index.keys())
                    && sameCollation(wanted.collation(), index.collation())
                    && Objects.equals(wanted.partialFilter(), index.partialFilter())
                    && declared.stream().noneMatch(other -> other.name().equals(index.name()))) {
                return index;
            }
        }
        return null;
    }

    /** Every key and option an index has, on one side of a difference. */
    private static List<Detail> everything(StoredIndex index, boolean isDeclared) {
        List<Detail> details = new ArrayList<>();
        details.add(detail(IndexDifference.KEYS, keys(index.keys()), isDeclared));
        if (index.unique()) {
            details.add(detail(IndexDifference.UNIQUE, "true", isDeclared));
        }
        if (index.sparse()) {
            details.add(detail(IndexDifference.SPARSE, "true", isDeclared));
        }
        if (index.partialFilter() != null) {
            details.add(detail(IndexDifference.PARTIAL_FILTER, describe(index.partialFilter()), isDeclared));
        }
        if (index.expireAfterSeconds() != null) {
            details.add(detail(IndexDifference.EXPIRE_AFTER, ttl(index.expireAfterSeconds()), isDeclared));
        }
        if (index.collation() != null) {
            details.add(detail(IndexDifference.COLLATION, Objects.requireNonNull(index.collation()).describe(),
                    isDeclared));
        }
        return details;
    }

    private static Detail detail(String option, String value, boolean isDeclared) {
        return isDeclared ? new Detail(option, value, null) : new Detail(option, null, value);
    }

    /** The keys and options in which an existing index differs from the declared one it matched. */
    private static List<Detail> changes(StoredIndex wanted, StoredIndex found) {
        List<Detail> changes = new ArrayList<>();
        if (!wanted.name().equals(found.name())) {
            changes.add(new Detail(IndexDifference.NAME, wanted.name(), found.name()));
        }
        if (!sameKeys(wanted.keys(), found.keys())) {
            changes.add(new Detail(IndexDifference.KEYS, keys(wanted.keys()), keys(found.keys())));
        }
        if (wanted.unique() != found.unique()) {
            changes.add(new Detail(IndexDifference.UNIQUE, Boolean.toString(wanted.unique()),
                    Boolean.toString(found.unique())));
        }
        if (wanted.sparse() != found.sparse()) {
            changes.add(new Detail(IndexDifference.SPARSE, Boolean.toString(wanted.sparse()),
                    Boolean.toString(found.sparse())));
        }
        if (!Objects.equals(wanted.partialFilter(), found.partialFilter())) {
            changes.add(new Detail(IndexDifference.PARTIAL_FILTER, describeOrNone(wanted.partialFilter()),
                    describeOrNone(found.partialFilter())));
        }
        if (!Objects.equals(wanted.expireAfterSeconds(), found.expireAfterSeconds())) {
            changes.add(new Detail(IndexDifference.EXPIRE_AFTER, ttl(wanted.expireAfterSeconds()),
                    ttl(found.expireAfterSeconds())));
        }
        if (!sameCollation(wanted.collation(), found.collation())) {
            changes.add(new Detail(IndexDifference.COLLATION, collation(wanted.collation()),
                    collation(found.collation())));
        }
        return changes;
    }

    /** Same fields in the same order, each of the same kind: numbers by sign, strings ({@code hashed}) as written. */
    static boolean sameKeys(DocumentValue declared, DocumentValue existing) {
        List<Map.Entry<String, ExtractedValue>> one = List.copyOf(declared.toMap().entrySet());
        List<Map.Entry<String, ExtractedValue>> other = List.copyOf(existing.toMap().entrySet());
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (!one.get(i).getKey().equals(other.get(i).getKey())
                    || !kind(one.get(i).getValue()).equals(kind(other.get(i).getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** The kind of a key: {@code 1}, {@code -1}, or the string ({@code hashed}, {@code text}...). */
    private static String kind(ExtractedValue value) {
        double number = switch (value) {
            case Int32Value int32 -> int32.value();
            case Int64Value int64 -> int64.value();
            case DoubleValue real -> real.value();
            case DecimalValue decimal -> decimal.value().signum();
            default -> Double.NaN;
        };
        if (!Double.isNaN(number)) {
            return number < 0 ? "-1" : "1";
        }
        return value instanceof StringValue text ? "\"" + text.value() + "\"" : describe(value);
    }

    /**
     * Whether an existing collation is the declared one: the same locale, and the same options (see {@link #same}).
     * The {@code simple} locale is the same as no collation, and an existing collation's {@code version} is ignored.
     */
    static boolean sameCollation(@Nullable Collation declared, @Nullable Collation existing) {
        Collation wanted = declared == null || declared.locale().equals("simple") ? null : declared;
        Collation found = existing == null || existing.locale().equals("simple") ? null : existing;
        if (wanted == null || found == null) {
            return wanted == found;
        }
        return wanted.locale().equals(found.locale())
                && same(wanted.strength(), found.strength(), 3, true)
                && same(wanted.caseLevel(), found.caseLevel(), false, true)
                && same(wanted.numericOrdering(), found.numericOrdering(), false, true)
                && same(wanted.caseFirst(), found.caseFirst(), Collation.CaseFirst.OFF, false)
                && same(wanted.alternate(), found.alternate(), Collation.Alternate.NON_IGNORABLE, false)
                && same(wanted.maxVariable(), found.maxVariable(), Collation.MaxVariable.PUNCT, false)
                && same(wanted.normalization(), found.normalization(), false, false)
                && same(wanted.backwards(), found.backwards(), false, false);
    }

    /**
     * Whether a collation option agrees: an option missing on either side has the server's default, except that an
     * option whose default depends on the locale ({@code caseFirst}, {@code alternate}, {@code maxVariable},
     * {@code normalization}, {@code backwards}: e.g. {@code backwards} is on for {@code fr_CA}) is compared only when
     * it is declared.
     */
    private static <V> boolean same(@Nullable V declared, @Nullable V existing, V serverDefault,
            boolean sameForEveryLocale) {
        if (declared == null && !sameForEveryLocale) {
            return true;
        }
        return Objects.requireNonNullElse(declared, serverDefault)
                .equals(Objects.requireNonNullElse(existing, serverDefault));
    }

    private static String keys(DocumentValue keys) {
        StringBuilder text = new StringBuilder("{");
        keys.forEach((path, kind) -> text.append(text.length() > 1 ? ", " : "").append(path).append(": ")
                .append(kind(kind)));
        return text.append('}').toString();
    }

    private static String ttl(@Nullable Long seconds) {
        return seconds == null ? "none" : seconds + " s";
    }

    private static String collation(@Nullable Collation collation) {
        return collation == null ? "none" : collation.describe();
    }

    private static String describeOrNone(@Nullable DocumentValue document) {
        return document == null ? "none" : describe(document);
    }

    /** A value as the shell writes it: {@code {age: {$gte: 18}}}, {@code "x"}, {@code [1, 2]}. */
    static String describe(ExtractedValue value) {
        return switch (value) {
            case DocumentValue document -> {
                StringBuilder text = new StringBuilder("{");
                document.forEach((name, field) -> text.append(text.length() > 1 ? ", " : "").append(name)
                        .append(": ").append(describe(field)));
                yield text.append('}').toString();
            }
            case ArrayValue array -> {
                StringBuilder text = new StringBuilder("[");
                for (ExtractedValue element : array.asList()) {
                    text.append(text.length() > 1 ? ", " : "").append(describe(element));
                }
                yield text.append(']').toString();
            }
            case StringValue text -> "\"" + text.value() + "\"";
            case Int32Value int32 -> Integer.toString(int32.value());
            case Int64Value int64 -> Long.toString(int64.value());
            case DoubleValue real -> Double.toString(real.value());
            case DecimalValue decimal -> decimal.value().toPlainString();
            case BooleanValue bool -> Boolean.toString(bool.value());
            case NullValue none -> "null";
            default -> value.toString();
        };
    }
}
