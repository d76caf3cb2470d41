package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.CollectionMapper;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.EmbeddedMapper;
import io.databridge.odm.mapping.internal.model.EnumMapper;
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
    private final StoredValues values;

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
        this.values = new StoredValues(entityType, configuration);
    }

    /**
     * Where a filter applies: to the elements of an array, paths relative to one element ({@code elemMatch}, a
     * {@code $pull} condition, an array filter).
     *
     * @param element the mapper of one element
     * @param javaPrefix the Java path of the array, for errors ({@code lines}, {@code lines.$[hot]})
     * @param storedPrefix prepended to every stored path (an array filter's identifier), or {@code null} for paths
     *                     relative to the element, written as {@code $elemMatch} and {@code $pull} want them
     */
    private record Scope(ValueMapper element, String javaPrefix, @Nullable String storedPrefix) {

        /** Whether conditions on the element's own value render in the operator form ({@code {$gt: 80}}). */
        boolean operatorForm() {
            return storedPrefix == null;
        }
    }

    /**
     * Renders a filter.
     *
     * @param filter the filter
     * @return the stored filter document
     * @throws InvalidQueryException if a path, value or operator does not fit the entity
     */
    public DocumentValue render(Filter filter) {
        return render(filter, null);
    }

    /**
     * Renders a filter on the elements of an array field, its paths relative to one element (the empty path for the
     * element's own value), as {@code elemMatch} renders its condition.
     *
     * @param filter the condition on one element
     * @param element the mapper of one element
     * @param javaPrefix the Java path of the array (for errors)
     * @param storedPrefix {@code null} for paths relative to the element ({@code {sku: "x"}}, {@code {$gt: 80}}: the
     *                     form of {@code $elemMatch} and {@code $pull}); an array filter's identifier to prefix every
     *                     path with it ({@code {"hot.sku": "x"}}, {@code {hot: {$gt: 80}}})
     * @return the stored condition
     * @throws InvalidQueryException if a path, value or operator does not fit the elements
     */
    DocumentValue renderOnElements(Filter filter, ValueMapper element, String javaPrefix,
            @Nullable String storedPrefix) {
        return render(filter, new Scope(element, javaPrefix, storedPrefix));
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

    private DocumentValue render(Filter filter, @Nullable Scope scope) {
        return switch (filter) {
            case Filter.Compare compare -> {
                ResolvedPath path = resolve(compare.path(), scope);
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
                ResolvedPath path = resolve(in.path(), scope);
                List<ExtractedValue> operands = new ArrayList<>(in.values().size());
                in.values().forEach(value -> operands.add(operand(path, value, true)));
                yield field(path, in.negated() ? "$nin" : "$in", ArrayValue.of(operands));
            }
            case Filter.Logical logical -> {
                if (scope != null && scope.operatorForm() && onElementItself(logical, scope.javaPrefix())) {
                    yield conjunctionOnElement(logical, scope);
                }
                List<ExtractedValue> parts = new ArrayList<>();
                logical.filters().forEach(part -> parts.add(render(part, scope)));
                yield DocumentValue.of(SingleNames.of(logical.operator()), ArrayValue.of(parts));
            }
            case Filter.Not not -> scope != null && scope.operatorForm()
                    && onElementItself(not.filter(), scope.javaPrefix())
                    ? DocumentValue.of(SingleNames.of("$not"), render(not.filter(), scope))
                    : DocumentValue.of(SingleNames.of("$nor"), ArrayValue.of(render(not.filter(), scope)));
            case Filter.Exists exists -> field(resolve(exists.path(), scope), "$exists",
                    BooleanValue.of(exists.present()));
            case Filter.TypeIs type -> field(resolve(type.path(), scope), "$type",
                    new StringValue(type.type().alias()));
            case Filter.All all -> {
                ResolvedPath path = requireArray(resolve(all.path(), scope));
                List<ExtractedValue> operands = new ArrayList<>();
                all.values().forEach(value -> operands.add(operand(path, value, false)));
                yield field(path, "$all", ArrayValue.of(operands));
            }
            case Filter.Size size -> field(requireArray(resolve(size.path(), scope)), "$size",
                    Int32Value.of(size.size()));
            case Filter.ElemMatch match -> {
                ResolvedPath path = requireArray(resolve(match.path(), scope));
                yield field(path, "$elemMatch", render(match.element(),
                        new Scope(path.elementMapper(), path.javaPath(), null)));
            }
            case Filter.Regex regex -> {
                ResolvedPath path = resolve(regex.path(), scope);
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
    private DocumentValue conjunctionOnElement(Filter.Logical logical, Scope scope) {
        String prefix = scope.javaPrefix();
        if (!logical.operator().equals("$and")) {
            throw new InvalidQueryException(paths.entityType(), prefix, "and (not or/nor) of conditions on the element "
                    + "itself: the server cannot combine them inside $elemMatch; write or(elemMatch(...), "
                    + "elemMatch(...)) instead");
        }
        List<String> operators = new ArrayList<>();
        List<ExtractedValue> operands = new ArrayList<>();
        for (Filter part : logical.filters()) {
            DocumentValue rendered = render(part, scope);
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

    private ResolvedPath resolve(String path, @Nullable Scope scope) {
        if (scope == null) {
            return paths.resolve(path);
        }
        String prefix = scope.javaPrefix();
        ResolvedPath resolved = paths.resolveIn(scope.element(), path,
                prefix.isEmpty() ? path : prefix + (path.isEmpty() ? "" : "." + path));
        return scope.storedPrefix() == null ? resolved : resolved.under(scope.storedPrefix());
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
        return DocumentValue.of(SingleNames.of(storedPath),
                StoredValues.scalar(operand) ? operand : DocumentValue.of(SingleNames.of("$eq"), operand));
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
        return values.convert(path, mapper, value, path.array() ? " (an element of the array field)" : "");
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
