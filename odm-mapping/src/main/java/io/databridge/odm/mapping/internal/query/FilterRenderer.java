package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.OpaqueValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.CollectionMapper;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.EmbeddedMapper;
import io.databridge.odm.mapping.internal.model.EnumMapper;
import io.databridge.odm.mapping.internal.model.Extraction;
import io.databridge.odm.mapping.internal.model.ExtractionFailure;
import io.databridge.odm.mapping.internal.model.MapMapper;
import io.databridge.odm.mapping.internal.model.Scalars;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Filter} into a stored filter document. A value is data whatever it holds: every operand sits under
 * an explicit operator ({@code ne("name", "$gt")} renders {@code {name: {$ne: "$gt"}}}) except a scalar compared for
 * equality, which renders {@code {name: "$gt"}} (a string, number, date or id is never read as an operator there;
 * documents and arrays keep {@code $eq}, see {@link #equality}).
 */
public final class FilterRenderer {

    private final PathResolver paths;
    private final MappingConfiguration configuration;

    /**
     * Creates a renderer for an entity type.
     *
     * @param entityType the entity type
     * @param root its document model
     * @param configuration the mapping configuration (for value conversion)
     */
    public FilterRenderer(Class<?> entityType, DocumentModel root,
            MappingConfiguration configuration) {
        this.paths = new PathResolver(entityType, root, configuration);
        this.configuration = configuration;
    }

    /**
     * Renders a filter.
     *
     * @param filter the filter
     * @return the stored filter document
     * @throws InvalidQueryException if a path, value or operator does not fit the entity
     */
    public DocumentValue render(Filter filter) {
        return render(filter, null, "");
    }

    /**
     * Resolves a path to its stored form.
     *
     * @param path the Java path
     * @return the stored path
     * @throws InvalidQueryException if the path is unknown
     */
    public String storedPath(String path) {
        return paths.resolve(path).storedPath();
    }

    /**
     * Resolves a path to the mapper of its values (an array's element mapper for an array field).
     *
     * @param path the Java path
     * @return the mapper
     */
    public ValueMapper valuesOf(String path) {
        ResolvedPath resolved = paths.resolve(path);
        return resolved.array() ? resolved.elementMapper() : resolved.valueMapper();
    }

    /**
     * Converts a value the way the write path stores it in a field.
     *
     * @param path the Java path of the field
     * @param value the Java value
     * @return the stored value
     */
    public ExtractedValue storedValue(String path, Object value) {
        return operand(paths.resolve(path), value, true);
    }

    private DocumentValue render(Filter filter, @Nullable ValueMapper element, String prefix) {
        return switch (filter) {
            case Filter.Compare compare -> {
                ResolvedPath path = resolve(compare.path(), element, prefix);
                boolean ordering = compare.comparison() != Filter.Comparison.EQ
                        && compare.comparison() != Filter.Comparison.NE;
                if (ordering) {
                    requireOrdered(path);
                }
                ExtractedValue operand = operand(path, compare.value(), true);
                yield compare.comparison() == Filter.Comparison.EQ && !path.storedPath().isEmpty()
                        ? equality(path.storedPath(), operand)
                        : field(path, compare.comparison().operator(), operand);
            }
            case Filter.In in -> {
                ResolvedPath path = resolve(in.path(), element, prefix);
                List<ExtractedValue> values = new ArrayList<>(in.values().size());
                in.values().forEach(value -> values.add(operand(path, value, true)));
                yield field(path, in.negated() ? "$nin" : "$in", ArrayValue.of(values));
            }
            case Filter.Logical logical -> {
                if (element != null && onElementItself(logical, prefix)) {
                    yield conjunctionOnElement(logical, element, prefix);
                }
                List<ExtractedValue> parts = new ArrayList<>();
                logical.filters().forEach(part -> parts.add(render(part, element, prefix)));
                yield DocumentValue.of(SingleNames.of(logical.operator()), ArrayValue.of(parts));
            }
            case Filter.Not not -> element != null && onElementItself(not.filter(), prefix)
                    ? DocumentValue.of(SingleNames.of("$not"), render(not.filter(), element, prefix))
                    : DocumentValue.of(SingleNames.of("$nor"), ArrayValue.of(render(not.filter(), element, prefix)));
            case Filter.Exists exists -> field(resolve(exists.path(), element, prefix), "$exists",
                    BooleanValue.of(exists.present()));
            case Filter.TypeIs type -> field(resolve(type.path(), element, prefix), "$type",
                    new StringValue(type.type().alias()));
            case Filter.All all -> {
                ResolvedPath path = requireArray(resolve(all.path(), element, prefix));
                List<ExtractedValue> values = new ArrayList<>();
                all.values().forEach(value -> values.add(operand(path, value, false)));
                yield field(path, "$all", ArrayValue.of(values));
            }
            case Filter.Size size -> field(requireArray(resolve(size.path(), element, prefix)), "$size",
                    Int32Value.of(size.size()));
            case Filter.ElemMatch match -> {
                ResolvedPath path = requireArray(resolve(match.path(), element, prefix));
                String full = prefix.isEmpty() ? match.path() : prefix + "." + match.path();
                yield field(path, "$elemMatch", render(match.element(), path.elementMapper(), full));
            }
            case Filter.Regex regex -> {
                ResolvedPath path = resolve(regex.path(), element, prefix);
                ValueMapper values = path.array() ? path.elementMapper() : path.valueMapper();
                if (values != Scalars.STRING) {
                    throw invalid(path, "regex needs a String field (or a collection of strings); this one holds "
                            + values.javaType().getSimpleName());
                }
                DocumentValue condition = regex.options().isEmpty()
                        ? DocumentValue.of(SingleNames.of("$regex"), new StringValue(regex.pattern()))
                        : DocumentValue.of(FieldNames.of("$regex", "$options"), new StringValue(regex.pattern()),
                                new StringValue(regex.options()));
                yield on(path, condition);
            }
            case Filter.Raw raw -> raw.document();
        };
    }

    /**
     * Whether a filter inside {@code elemMatch} only tests the element's own value (every path empty), so it renders
     * in the operator form {@code {$gte: 80, $lt: 85}}, not the document form with field names. Mixing both kinds in
     * one logical filter is refused.
     */
    private boolean onElementItself(Filter filter, String prefix) {
        return switch (filter) {
            case Filter.Compare compare -> compare.path().isEmpty();
            case Filter.In in -> in.path().isEmpty();
            case Filter.Exists exists -> exists.path().isEmpty();
            case Filter.TypeIs type -> type.path().isEmpty();
            case Filter.All all -> all.path().isEmpty();
            case Filter.Size size -> size.path().isEmpty();
            case Filter.ElemMatch match -> match.path().isEmpty();
            case Filter.Regex regex -> regex.path().isEmpty();
            case Filter.Not not -> onElementItself(not.filter(), prefix);
            case Filter.Raw raw -> false;
            case Filter.Logical logical -> {
                long itself = logical.filters().stream().filter(part -> onElementItself(part, prefix)).count();
                if (itself != 0 && itself != logical.filters().size()) {
                    throw new InvalidQueryException(paths.entityType(), prefix, "conditions either all on the element "
                            + "itself (empty paths) or all on its fields; " + logical.operator() + " mixes both");
                }
                yield itself != 0;
            }
        };
    }

    /**
     * An {@code and} of conditions on an element's own value, as one operator document; {@code or} and {@code nor}
     * have no operator form inside {@code $elemMatch} and are refused with the way to write them.
     */
    private DocumentValue conjunctionOnElement(Filter.Logical logical, ValueMapper element, String prefix) {
        if (!logical.operator().equals("$and")) {
            throw new InvalidQueryException(paths.entityType(), prefix, "and (not or/nor) of conditions on the element "
                    + "itself: the server cannot combine them inside $elemMatch; write or(elemMatch(...), "
                    + "elemMatch(...)) instead");
        }
        List<String> operators = new ArrayList<>();
        List<ExtractedValue> operands = new ArrayList<>();
        for (Filter part : logical.filters()) {
            DocumentValue rendered = render(part, element, prefix);
            for (int i = 0; i < rendered.size(); i++) {
                String operator = rendered.names().name(i);
                if (operators.contains(operator)) {
                    throw new InvalidQueryException(paths.entityType(), prefix, "each operator once in an and of "
                            + "conditions on the element itself; " + operator + " appears twice");
                }
                operators.add(operator);
                operands.add(rendered.slot(i));
            }
        }
        return DocumentValue.of(FieldNames.of(operators), operands.toArray(ExtractedValue[]::new));
    }

    private ResolvedPath resolve(String path, @Nullable ValueMapper element, String prefix) {
        if (element == null) {
            return paths.resolve(path);
        }
        return paths.resolveIn(element, path, prefix.isEmpty() ? path : prefix + (path.isEmpty() ? "" : "." + path));
    }

    /**
     * An equality condition on a stored path: {@code {path: v}} when {@code v} is a scalar, which no server can read
     * as an operator and every query planner (the embedded test server's included) turns into an index lookup;
     * {@code {path: {$eq: v}}} for documents, arrays and opaque values, so a stored document such as
     * {@code {$gt: 1}} stays data.
     *
     * @param storedPath a non-empty stored path
     * @param operand the stored value to compare with
     * @return the condition
     */
    public static DocumentValue equality(String storedPath, ExtractedValue operand) {
        boolean scalar = switch (operand) {
            case NullValue n -> true;
            case BooleanValue b -> true;
            case Int32Value i -> true;
            case Int64Value l -> true;
            case DoubleValue d -> true;
            case StringValue s -> true;
            case DecimalValue d -> true;
            case DateTimeValue d -> true;
            case ObjectIdValue o -> true;
            case UuidValue u -> true;
            case BinaryValue b -> true;
            case ArrayValue a -> false;
            case DocumentValue d -> false;
            case OpaqueValue o -> false;
        };
        return DocumentValue.of(SingleNames.of(storedPath),
                scalar ? operand : DocumentValue.of(SingleNames.of("$eq"), operand));
    }

    /** {@code {stored: {operator: operand}}}, or {@code {operator: operand}} for an element's own value. */
    private static DocumentValue field(ResolvedPath path, String operator, ExtractedValue operand) {
        return on(path, DocumentValue.of(SingleNames.of(operator), operand));
    }

    /** {@code {stored: condition}}, or the condition alone for an element's own value. */
    private static DocumentValue on(ResolvedPath path, DocumentValue condition) {
        return path.storedPath().isEmpty() ? condition
                : DocumentValue.of(SingleNames.of(path.storedPath()), condition);
    }

    /**
     * Converts an operand with the field's mapper; for an array field, an element value (or, when allowed, a whole
     * collection) is accepted.
     */
    private ExtractedValue operand(ResolvedPath path, @Nullable Object value, boolean wholeAllowed) {
        if (value == null) {
            return NullValue.INSTANCE;
        }
        ValueMapper mapper = path.valueMapper();
        if (path.array() && (!wholeAllowed || !mapper.javaType().isInstance(value))) {
            mapper = path.elementMapper();
        }
        if (!mapper.javaType().isInstance(value)) {
            throw invalid(path, "a value of type " + mapper.javaType().getName() + (path.array()
                    ? " (an element of the array field)" : "") + "; got " + value.getClass().getName()
                    + " " + value);
        }
        try {
            ExtractedValue stored = mapper.toValue(value, new Extraction(configuration.objectIdGenerator(),
                    configuration.temporalPrecision()));
            return stored == null ? NullValue.INSTANCE : stored;
        } catch (ExtractionFailure refused) {
            throw invalid(path, "a storable value" + (refused.path().isEmpty() ? "" : " (at " + refused.path() + ")")
                    + ": expected " + refused.expected() + "; found " + refused.found());
        }
    }

    private void requireOrdered(ResolvedPath path) {
        ValueMapper values = path.array() ? path.elementMapper() : path.valueMapper();
        if (values instanceof EnumMapper) {
            throw invalid(path, "gt, gte, lt and lte on a field the server can order as the Java type does; an enum "
                    + "is stored by name, so the server would compare names alphabetically, not in declaration order: "
                    + "use in(...) with the constants wanted");
        }
        if (values == Scalars.BOOLEAN || values instanceof MapMapper || values instanceof EmbeddedMapper
                || values instanceof CollectionMapper) {
            throw invalid(path, "gt, gte, lt and lte need an ordered field (numbers, strings, dates, ids, decimals); "
                    + "this one holds " + values.javaType().getSimpleName());
        }
    }

    private ResolvedPath requireArray(ResolvedPath path) {
        if (!path.array()) {
            throw invalid(path, "all, size and elemMatch need a collection field; this one holds "
                    + path.valueMapper().javaType().getSimpleName());
        }
        return path;
    }

    private InvalidQueryException invalid(ResolvedPath path, String problem) {
        return new InvalidQueryException(paths.entityType(), path.javaPath(), problem);
    }
}
