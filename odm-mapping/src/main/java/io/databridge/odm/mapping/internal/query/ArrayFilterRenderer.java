package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.api.value.DocumentValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The array filters of an update: each {@code $[identifier]} a path uses must have its condition and each condition
 * its identifier (the server refuses unused ones), one element type per identifier; each condition is rendered
 * relative to the elements and prefixed with its identifier ({@code {"hot.qty": {$gt: 5}}}).
 */
final class ArrayFilterRenderer {

    private final Class<?> entityType;
    private final FilterRenderer filters;

    ArrayFilterRenderer(Class<?> entityType, FilterRenderer filters) {
        this.entityType = entityType;
        this.filters = filters;
    }

    /**
     * Checks the identifiers the paths use against the update's array filters and renders the filters.
     *
     * @param update the update
     * @param all every resolved path of the update
     * @return the stored array filters, in the order they were added
     * @throws InvalidQueryException if an identifier has no filter, a filter no identifier, an identifier names
     *                               elements of two types, or a condition does not fit the elements
     */
    List<DocumentValue> render(Update update, List<ResolvedPath> all) {
        Map<String, ResolvedPath.Element> used = new LinkedHashMap<>();
        for (ResolvedPath path : all) {
            for (ResolvedPath.Element element : path.elements()) {
                String identifier = element.identifier();
                if (identifier.isEmpty()) {
                    continue;
                }
                if (!update.arrayFilters().containsKey(identifier)) {
                    throw invalid(path, "an array filter for each identifier; " + element.segment() + " has none: add "
                            + "withArrayFilter(\"" + identifier + "\", condition)");
                }
                ResolvedPath.Element first = used.putIfAbsent(identifier, element);
                if (first != null && !UpdateRenderer.sameType(first.element(), element.element())) {
                    throw invalid(path, "one element type per array filter identifier; " + element.segment()
                            + " names elements of " + UpdateRenderer.describe(first.element()) + " in '" + first.javaPath()
                            + "' and of " + UpdateRenderer.describe(element.element()) + " here");
                }
            }
        }
        List<DocumentValue> rendered = new ArrayList<>(update.arrayFilters().size());
        update.arrayFilters().forEach((identifier, condition) -> {
            ResolvedPath.Element element = used.get(identifier);
            if (element == null) {
                throw new InvalidQueryException(entityType, "", "an array filter that a path uses; no path has $["
                        + identifier + "] (the server refuses unused array filters)");
            }
            rendered.add(filters.renderOnElements(condition, element.element(), element.javaPath(), identifier));
        });
        return List.copyOf(rendered);
    }

    private InvalidQueryException invalid(ResolvedPath path, String problem) {
        return new InvalidQueryException(entityType, path.javaPath(), problem);
    }
}
