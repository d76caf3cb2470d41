package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.query.Sort;
import io.databridge.odm.api.update.Change;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.CollectionMapper;
import io.databridge.odm.mapping.internal.model.ConverterMapper;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.EmbeddedMapper;
import io.databridge.odm.mapping.internal.model.EnumMapper;
import io.databridge.odm.mapping.internal.model.MapMapper;
import io.databridge.odm.mapping.internal.model.OptionalMapper;
import io.databridge.odm.mapping.internal.model.Scalars;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders an {@link Update} into the stored update document ({@code {$set: {name: "x"}, $inc: {visits: 1}}}) and its
 * array filters ({@code [{"hot.qty": {$gt: 5}}]}), checking every change against the entity's model first.
 *
 * <p>The document has one entry per operator, in a fixed order ({@code $set}, {@code $setOnInsert}, {@code $unset},
 * {@code $inc}, {@code $mul}, {@code $min}, {@code $max}, {@code $currentDate}, {@code $rename}, {@code $push},
 * {@code $addToSet}, {@code $pop}, {@code $pull}, {@code $pullAll}), each listing its fields in the order the changes
 * were given. Java paths become stored paths (positional segments kept), values are converted by the write path's
 * mappers, and a value is always data: under {@code $set} nothing is read as an operator; {@code $push} and
 * {@code $addToSet} use their short form ({@code {tags: "x"}}) only for a scalar and the {@code $each} form for
 * documents and arrays (a document could otherwise be read as modifiers); {@code $pull} of a value compares a
 * document or array under {@code $eq} (a document would otherwise be read as a condition).
 *
 * <p>Every problem is an {@link InvalidQueryException} naming the entity type and the path: an unknown path, an
 * operator the field's type does not support, a value or number that does not fit the field, a path through an array
 * without naming its elements, a change of {@code _id}, an {@code $[identifier]} without its array filter.
 */
public final class UpdateRenderer {

    /** The operators, in the order the update document lists them. */
    private enum Operator {
        SET("$set"), SET_ON_INSERT("$setOnInsert"), UNSET("$unset"), INC("$inc"), MUL("$mul"), MIN("$min"),
        MAX("$max"), CURRENT_DATE("$currentDate"), RENAME("$rename"), PUSH("$push"), ADD_TO_SET("$addToSet"),
        POP("$pop"), PULL("$pull"), PULL_ALL("$pullAll");

        private final String name;

        Operator(String name) {
            this.name = name;
        }
    }

    /**
     * One rendered change.
     *
     * @param operator its operator
     * @param path the path it changes
     * @param operand what the operator is given for the path
     * @param target a rename's target, else {@code null}
     */
    private record Entry(Operator operator, ResolvedPath path, ExtractedValue operand, @Nullable ResolvedPath target) {

        Entry(Operator operator, ResolvedPath path, ExtractedValue operand) {
            this(operator, path, operand, null);
        }

        List<ResolvedPath> paths() {
            return target == null ? List.of(path) : List.of(path, target);
        }
    }

    private final Class<?> entityType;
    private final MappingConfiguration configuration;
    private final PathResolver paths;
    private final StoredValues values;
    private final FilterRenderer filters;
    private final ArithmeticOperands arithmetic;
    private final ArrayFilterRenderer arrayFilterRenderer;

    /**
     * Creates a renderer for an entity type.
     *
     * @param entityType the entity type
     * @param root its document model
     * @param configuration the mapping configuration (for value conversion)
     */
    public UpdateRenderer(Class<?> entityType, DocumentModel root, MappingConfiguration configuration) {
        this.entityType = entityType;
        this.configuration = configuration;
        this.paths = new PathResolver(entityType, root, configuration);
        this.values = new StoredValues(entityType, configuration);
        this.filters = new FilterRenderer(entityType, root, configuration);
        this.arithmetic = new ArithmeticOperands(entityType, values);
        this.arrayFilterRenderer = new ArrayFilterRenderer(entityType, filters);
    }

    /**
     * Renders an update, checking all of it, its array filters included.
     *
     * @param update the update
     * @return the stored update document
     * @throws InvalidQueryException if a change or an array filter does not fit the entity
     */
    public DocumentValue render(Update update) {
        List<Entry> entries = new ArrayList<>(update.changes().size());
        for (Change change : update.changes()) {
            entries.add(entry(change));
        }
        requireApart(entries);
        List<ResolvedPath> all = new ArrayList<>();
        entries.forEach(entry -> all.addAll(entry.paths()));
        arrayFilterRenderer.render(update, all);
        EnumMap<Operator, List<Entry>> byOperator = new EnumMap<>(Operator.class);
        entries.forEach(entry -> byOperator.computeIfAbsent(entry.operator(), any -> new ArrayList<>()).add(entry));
        String[] operators = new String[byOperator.size()];
        ExtractedValue[] fields = new ExtractedValue[operators.length];
        int next = 0;
        for (Map.Entry<Operator, List<Entry>> group : byOperator.entrySet()) {
            List<Entry> grouped = group.getValue();
            FieldNames names = grouped.size() == 1 ? SingleNames.of(grouped.get(0).path().storedPath())
                    : FieldNames.of(grouped.stream().map(entry -> entry.path().storedPath()).toList());
            operators[next] = group.getKey().name;
            fields[next++] = DocumentValue.adopt(names, grouped.stream().map(Entry::operand)
                    .toArray(ExtractedValue[]::new));
        }
        return DocumentValue.adopt(FieldNames.of(operators), fields);
    }

    /**
     * Renders the array filters of an update, in the order they were added: each condition relative to the elements
     * its identifier names, every stored path prefixed with the identifier ({@code {"hot.qty": {$gt: 5}}}, or
     * {@code {hot: {$gt: 80}}} for elements that are plain values). A raw filter is sent as written (it must name the
     * identifier itself).
     *
     * @param update the update
     * @return the stored array filters, empty if there are none
     * @throws InvalidQueryException if a path is unknown, an identifier has no filter (or a filter no identifier), or
     *                               a condition does not fit the elements
     */
    public List<DocumentValue> arrayFilters(Update update) {
        List<ResolvedPath> all = new ArrayList<>();
        for (Change change : update.changes()) {
            all.add(paths.resolveUpdate(change.path()));
            if (change instanceof Change.Rename rename) {
                all.add(paths.resolveUpdate(rename.newPath()));
            }
        }
        return arrayFilterRenderer.render(update, all);
    }

    private Entry entry(Change change) {
        return switch (change) {
            case Change.Set set -> {
                ResolvedPath path = modifiable(set.path(), "set");
                yield new Entry(Operator.SET, path, assigned(path, set.value()));
            }
            case Change.SetOnInsert set -> {
                ResolvedPath path = paths.resolveUpdate(set.path());
                yield new Entry(Operator.SET_ON_INSERT, path, assigned(path, set.value()));
            }
            case Change.Unset unset -> {
                ResolvedPath path = modifiable(unset.path(), "unset");
                if (endsAtElement(path) && !path.nullable()) {
                    throw invalid(path, "unset of an element stores null in its place; this collection cannot hold "
                            + "null elements");
                }
                yield new Entry(Operator.UNSET, path, new StringValue(""));
            }
            case Change.Inc inc -> arithmetic(Operator.INC, inc.path(), inc.delta(), "inc");
            case Change.Mul mul -> arithmetic(Operator.MUL, mul.path(), mul.factor(), "mul");
            case Change.Min min -> bound(Operator.MIN, min.path(), min.value(), "min");
            case Change.Max max -> bound(Operator.MAX, max.path(), max.value(), "max");
            case Change.CurrentDate date -> currentDate(date);
            case Change.Rename rename -> rename(rename);
            case Change.Push push -> push(push);
            case Change.AddToSet add -> {
                ResolvedPath path = collection(add.path(), "addToSet");
                List<ExtractedValue> elements = elements(path, add.values(), "addToSet", "; addEachToSet adds several");
                yield new Entry(Operator.ADD_TO_SET, path, elements.size() == 1 && StoredValues.scalar(elements.get(0))
                        ? elements.get(0) : DocumentValue.of(SingleNames.of("$each"), ArrayValue.of(elements)));
            }
            case Change.Pop pop -> new Entry(Operator.POP, collection(pop.path(), pop.first() ? "popFirst" : "popLast"),
                    Int32Value.of(pop.first() ? -1 : 1));
            case Change.Pull pull -> {
                ResolvedPath path = collection(pull.path(), "pull");
                ExtractedValue value = pull.value() == null ? NullValue.INSTANCE
                        : values.convert(path, path.elementMapper(), pull.value(), " (an element; pullAll removes "
                                + "several, pullWhere those matching a condition)");
                yield new Entry(Operator.PULL, path, StoredValues.scalar(value) ? value
                        : DocumentValue.of(SingleNames.of("$eq"), value));
            }
            case Change.PullWhere pull -> {
                ResolvedPath path = collection(pull.path(), "pullWhere");
                yield new Entry(Operator.PULL, path,
                        filters.renderOnElements(pull.condition(), path.elementMapper(), path.javaPath(), null));
            }
            case Change.PullAll pull -> {
                ResolvedPath path = collection(pull.path(), "pullAll");
                yield new Entry(Operator.PULL_ALL, path, ArrayValue.of(elements(path, pull.values(), "pullAll", "")));
            }
        };
    }

    /** Resolves the path of a change that modifies the field: never {@code _id}, which the server keeps. */
    private ResolvedPath modifiable(String path, String operation) {
        ResolvedPath resolved = paths.resolveUpdate(path);
        if (resolved.storedPath().equals("_id") || resolved.storedPath().startsWith("_id.")) {
            throw invalid(resolved, "a field other than the id: the server never changes a document's _id once "
                    + "written, so " + operation + " on it is refused" + (operation.equals("set")
                            ? " (setOnInsert may give the id of a document an upsert inserts)" : ""));
        }
        return resolved;
    }

    private ResolvedPath collection(String path, String operation) {
        ResolvedPath resolved = modifiable(path, operation);
        if (!resolved.array()) {
            throw invalid(resolved, operation + " needs a collection field; this one holds "
                    + describe(resolved.valueMapper()));
        }
        return resolved;
    }

    /** The stored value a field is set to; null only where it reads back. */
    private ExtractedValue assigned(ResolvedPath path, @Nullable Object value) {
        if (value == null) {
            if (!path.nullable()) {
                throw invalid(path, "a value that is not null: " + (endsAtElement(path)
                        ? "this collection cannot hold null elements"
                        : "the field holds " + describe(path.valueMapper()) + " (a primitive or an id), which cannot "
                                + "read back a stored null; unset it instead to read back its default"));
            }
            return NullValue.INSTANCE;
        }
        if (path.mapper() instanceof OptionalMapper && value instanceof Optional) {
            return values.convert(path, path.mapper(), value, "");
        }
        return values.convert(path, path.valueMapper(), value, path.array() ? " (the whole collection: push or "
                + "addToSet add elements, a positional segment or an index names one)" : "");
    }

    private List<ExtractedValue> elements(ResolvedPath path, List<@Nullable Object> given, String operation,
            String hint) {
        CollectionMapper collection = (CollectionMapper) path.valueMapper();
        List<ExtractedValue> stored = new ArrayList<>(given.size());
        for (Object value : given) {
            if (value == null) {
                if (!operation.startsWith("pull") && !ResolvedPath.holdsNullElements(collection)) {
                    throw invalid(path, operation + " of elements that are not null: this collection cannot hold "
                            + "null elements");
                }
                stored.add(NullValue.INSTANCE);
            } else {
                stored.add(values.convert(path, collection.elements(), value,
                        " (an element" + (value instanceof Collection<?> ? hint : "") + ")"));
            }
        }
        return stored;
    }

    private Entry push(Change.Push push) {
        ResolvedPath path = collection(push.path(), "push");
        List<ExtractedValue> elements = elements(path, push.values(), "push", "; pushEach adds several");
        if (elements.size() == 1 && !push.modified() && StoredValues.scalar(elements.get(0))) {
            return new Entry(Operator.PUSH, path, elements.get(0));
        }
        List<String> names = new ArrayList<>(List.of("$each"));
        List<ExtractedValue> operands = new ArrayList<>(List.of(ArrayValue.of(elements)));
        if (push.position() != null) {
            names.add("$position");
            operands.add(Int32Value.of(push.position()));
        }
        switch (push.order()) {
            case null -> {
            }
            case Change.Push.ByValue byValue -> {
                names.add("$sort");
                operands.add(Int32Value.of(byValue.ascending() ? 1 : -1));
            }
            case Change.Push.ByFields byFields -> {
                names.add("$sort");
                operands.add(sortOfElements(path, byFields.sort()));
            }
        }
        if (push.slice() != null) {
            names.add("$slice");
            operands.add(Int32Value.of(push.slice()));
        }
        return new Entry(Operator.PUSH, path, DocumentValue.of(FieldNames.of(names),
                operands.toArray(ExtractedValue[]::new)));
    }

    private DocumentValue sortOfElements(ResolvedPath path, Sort sort) {
        ValueMapper element = path.elementMapper();
        if (!(element instanceof EmbeddedMapper)) {
            throw invalid(path, "sortBy(...) orders elements that are documents by their fields; these hold "
                    + describe(element) + ": use sortAscending() or sortDescending()");
        }
        List<String> names = new ArrayList<>();
        List<ExtractedValue> directions = new ArrayList<>();
        for (Sort.Key key : sort.keys()) {
            String stored = paths.resolveIn(element, key.path(), path.javaPath() + "." + key.path()).storedPath();
            if (names.contains(stored)) {
                throw invalid(path, "a sort with each path once; '" + key.path() + "' appears twice in " + sort);
            }
            names.add(stored);
            directions.add(Int32Value.of(key.ascending() ? 1 : -1));
        }
        return DocumentValue.of(FieldNames.of(names), directions.toArray(ExtractedValue[]::new));
    }

    /** {@code $inc} and {@code $mul}: a numeric field, the number converted to its stored type. */
    private Entry arithmetic(Operator operator, String javaPath, Number number, String operation) {
        ResolvedPath path = modifiable(javaPath, operation);
        return new Entry(operator, path, arithmetic.operand(path, number, operation));
    }

    /** {@code $min} and {@code $max}: an ordered field, a value of its type. */
    private Entry bound(Operator operator, String javaPath, Object value, String operation) {
        ResolvedPath path = modifiable(javaPath, operation);
        ValueMapper field = path.valueMapper();
        if (field instanceof EnumMapper) {
            throw invalid(path, operation + " on a field the server orders as the Java type does; an enum is stored "
                    + "by name, so the server would compare names alphabetically, not in declaration order");
        }
        if (field == Scalars.BOOLEAN || field instanceof MapMapper || field instanceof EmbeddedMapper
                || field instanceof CollectionMapper) {
            throw invalid(path, operation + " needs an ordered field (numbers, strings, dates, ids, decimals); this "
                    + "one holds " + describe(field));
        }
        return new Entry(operator, path, values.convert(path, field, value, ""));
    }

    private Entry currentDate(Change.CurrentDate date) {
        ResolvedPath path = modifiable(date.path(), "currentDate");
        ValueMapper field = path.valueMapper();
        if (field == Scalars.LOCAL_DATE) {
            throw invalid(path, "currentDate on a field that holds a date and time; a LocalDate reads back only "
                    + "midnight UTC, and the server's current time is rarely that: set it to a LocalDate instead");
        }
        boolean dateTime = field == Scalars.INSTANT || field == Scalars.LOCAL_DATE_TIME
                || field instanceof ConverterMapper && storedAsDate(field.javaType());
        if (!dateTime) {
            throw invalid(path, "currentDate needs a field that holds a date and time (Instant, LocalDateTime, or a "
                    + "type a converter stores as a date); this one holds " + describe(field));
        }
        return new Entry(Operator.CURRENT_DATE, path, BooleanValue.TRUE);
    }

    private boolean storedAsDate(Class<?> javaType) {
        var converter = configuration.converterFor(javaType);
        return converter != null && converter.storedType() == DateTimeValue.class;
    }

    private Entry rename(Change.Rename rename) {
        ResolvedPath from = modifiable(rename.path(), "rename");
        ResolvedPath to = modifiable(rename.newPath(), "rename");
        for (ResolvedPath path : List.of(from, to)) {
            if (path.positional()) {
                throw invalid(path, "rename of fields outside arrays: the server cannot rename into or out of "
                        + "array elements, and '" + path.javaPath() + "' names some");
            }
        }
        if (!sameType(from.mapper(), to.mapper())) {
            throw invalid(from, "rename between fields of the same type, so the value reads back; '"
                    + from.javaPath() + "' holds " + describe(from.valueMapper()) + ", '" + to.javaPath()
                    + "' holds " + describe(to.valueMapper()));
        }
        if (from.nullable() && !to.nullable()) {
            throw invalid(from, "rename into a field that can hold what this one holds; '" + to.javaPath()
                    + "' cannot read back a null, which '" + from.javaPath() + "' may hold");
        }
        return new Entry(Operator.RENAME, from, new StringValue(to.storedPath()), to);
    }

    /** Stored paths apart (the api checks Java paths; {@code id} and {@code _id} meet only here). */
    private void requireApart(List<Entry> entries) {
        List<ResolvedPath> all = new ArrayList<>();
        for (Entry entry : entries) {
            for (ResolvedPath path : entry.paths()) {
                for (ResolvedPath earlier : all) {
                    String one = earlier.storedPath();
                    String other = path.storedPath();
                    if (one.equals(other) || other.startsWith(one + ".") || one.startsWith(other + ".")) {
                        throw invalid(path, "changes on paths that do not overlap; '" + earlier.javaPath()
                                + "' (stored " + one + ") and '" + path.javaPath() + "' (stored " + other + ") do");
                    }
                }
                all.add(path);
            }
        }
    }

    private static boolean endsAtElement(ResolvedPath path) {
        return path.positional() && path.elements().getLast().javaPath().equals(path.javaPath());
    }

    /** Whether two fields store their values alike: the same Java type, collections and maps of alike values. */
    static boolean sameType(ValueMapper one, ValueMapper other) {
        ValueMapper a = unwrap(one);
        ValueMapper b = unwrap(other);
        if (a instanceof CollectionMapper first && b instanceof CollectionMapper second) {
            return sameType(first.elements(), second.elements());
        }
        if (a instanceof MapMapper first && b instanceof MapMapper second) {
            return sameType(first.values(), second.values());
        }
        if (a instanceof Scalars || b instanceof Scalars) {
            return a == b;
        }
        return a.getClass() == b.getClass() && a.javaType() == b.javaType();
    }

    private static ValueMapper unwrap(ValueMapper mapper) {
        return mapper instanceof OptionalMapper optional ? optional.content() : mapper;
    }

    /** A field's type as messages name it: {@code Integer}, {@code a collection of String}. */
    static String describe(ValueMapper mapper) {
        ValueMapper value = unwrap(mapper);
        if (value instanceof CollectionMapper collection) {
            return "a collection of " + describe(collection.elements());
        }
        if (value instanceof MapMapper map) {
            return "a map of " + describe(map.values());
        }
        return value.javaType().getSimpleName();
    }

    private InvalidQueryException invalid(ResolvedPath path, String problem) {
        return new InvalidQueryException(entityType, path.javaPath(), problem);
    }
}
