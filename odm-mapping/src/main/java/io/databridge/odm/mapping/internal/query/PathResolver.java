package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.CollectionMapper;
import io.databridge.odm.mapping.internal.model.ConverterMapper;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.EmbeddedMapper;
import io.databridge.odm.mapping.internal.model.MapMapper;
import io.databridge.odm.mapping.internal.model.OptionalMapper;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import io.databridge.odm.mapping.internal.model.Scalars;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Resolves Java paths ({@code address.city}, {@code lines.sku}, {@code counts.visits}) against a model, segment by
 * segment: a property of a document, then into an embedded document, through the elements of a collection (as the
 * server does), or into a map's key. An unknown segment is an error listing the known names at that level.
 *
 * <p>Update paths differ in one way: an update changes named elements of an array, so a collection field is followed
 * by a positional segment ({@code lines.$.qty}, {@code lines.$[].qty}, {@code lines.$[hot].qty}) or an index
 * ({@code lines.0.qty}), and a path through an array without one is refused (the server would refuse it when the
 * update runs). Filters keep refusing positional segments.
 */
final class PathResolver {

    private final Class<?> entityType;
    private final DocumentModel root;
    private final ValueMapper generatedId;

    PathResolver(Class<?> entityType, DocumentModel root, MappingConfiguration configuration) {
        this.entityType = entityType;
        this.root = root;
        this.generatedId = generatedIdMapper(configuration);
    }

    /**
     * How {@code _id} values are given for a type without an id of its own (whose {@code _id} is a generated
     * ObjectId): as the type a converter stores as an ObjectId (the driver's {@code ObjectId} with the MongoDB
     * adapter), else as {@link ObjectIdValue}.
     */
    private static ValueMapper generatedIdMapper(MappingConfiguration configuration) {
        for (ValueConverter<?> converter : configuration.converters().values()) {
            if (converter.storedType() == ObjectIdValue.class) {
                return new ConverterMapper(converter);
            }
        }
        return Scalars.OBJECT_ID;
    }

    Class<?> entityType() {
        return entityType;
    }

    ResolvedPath resolve(String path) {
        if (path.isEmpty()) {
            throw new InvalidQueryException(entityType, path, "a path must name a field");
        }
        return resolve(root, path, path, false);
    }

    /**
     * Resolves the path of an update: like a filter's, except that array elements are named, never passed through:
     * a collection field is followed by a positional segment ({@code $}, {@code $[]}, {@code $[identifier]}) or an
     * index, and the path then continues into the element (or ends at it).
     */
    ResolvedPath resolveUpdate(String path) {
        if (path.isEmpty()) {
            throw new InvalidQueryException(entityType, path, "a path must name a field");
        }
        return resolve(root, path, path, true);
    }

    /** Resolves a path relative to the elements of an array field (for {@code elemMatch}). */
    ResolvedPath resolveIn(ValueMapper element, String relative, String fullPath) {
        if (relative.isEmpty()) {
            return new ResolvedPath(fullPath, "", element);
        }
        if (element instanceof EmbeddedMapper embedded) {
            return resolve(embedded.model(), relative, fullPath, false);
        }
        throw new InvalidQueryException(entityType, fullPath, "the elements are plain values; match them with an "
                + "empty path, e.g. elemMatch(\"scores\", gt(\"\", 80))");
    }

    private ResolvedPath resolve(DocumentModel start, String path, String fullPath, boolean update) {
        String[] segments = path.split("\\.", -1);
        StringBuilder stored = new StringBuilder();
        DocumentModel current = start;
        ValueMapper mapper = null;
        PropertyModel lastProperty = null;
        CollectionMapper lastCollection = null;
        List<ResolvedPath.Element> elements = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                throw new InvalidQueryException(entityType, fullPath, "an empty segment");
            }
            if (update) {
                ValueMapper value = mapper instanceof OptionalMapper optional ? optional.content() : mapper;
                if (value instanceof CollectionMapper collection) {
                    if (!positional(segment) && !index(segment)) {
                        String array = prefix(segments, i);
                        throw new InvalidQueryException(entityType, fullPath, "'" + array + "' is an array; an "
                                + "update names the elements it changes: " + array + ".$ (the first one the filter "
                                + "matched), " + array + ".$[] (every one), " + array + ".$[id] (those the array "
                                + "filter id matches) or " + array + ".0 (by index), then ." + segment);
                    }
                    append(stored, segment);
                    mapper = collection.elements();
                    elements.add(new ResolvedPath.Element(segment, prefix(segments, i + 1), mapper));
                    lastProperty = null;
                    lastCollection = collection;
                    current = documentOf(mapper);
                    continue;
                }
                if (positional(segment)) {
                    throw new InvalidQueryException(entityType, fullPath, "a positional segment (" + segment
                            + ") right after a collection field; " + (i == 0 ? "the path starts with it"
                                    : "'" + prefix(segments, i) + "' is not a collection"
                                    + (mapper == null ? "" : ", it holds " + mapper.javaType().getSimpleName())));
                }
            } else if (positional(segment)) {
                throw new InvalidQueryException(entityType, fullPath, "a path without positional segments ("
                        + segment + "): they name array elements in updates; a filter reaches into elements by the "
                        + "array's name (lines.sku) or with elemMatch");
            }
            if (current == null) {
                if (mapper != null && unwrap(mapper) instanceof MapMapper map) {
                    if (segment.startsWith("$")) {
                        throw new InvalidQueryException(entityType, fullPath, "a map key that does not start with $");
                    }
                    append(stored, segment);
                    mapper = map.values();
                    lastProperty = null;
                    lastCollection = null;
                    current = documentOf(mapper);
                    continue;
                }
                throw new InvalidQueryException(entityType, fullPath, "'" + String.join(".", List.of(segments)
                        .subList(0, i)) + "' is a plain value; it has no field '" + segment + "'");
            }
            PropertyModel property = current.property(segment);
            if (property == null && segment.equals("_id") && current == root) {
                property = current.properties().get(0);
            }
            if (property != null && property.mapper() == null && current == root && segment.equals("_id")
                    && segments.length == 1) {
                return new ResolvedPath(fullPath, "_id", generatedId, false, List.of());
            }
            if (property == null || property.mapper() == null) {
                throw new InvalidQueryException(entityType, fullPath, "unknown field '" + segment + "'"
                        + (current.type() == entityType ? "" : " in " + current.type().getSimpleName())
                        + "; known fields: " + known(current));
            }
            append(stored, property.storedName());
            mapper = Objects.requireNonNull(property.mapper());
            lastProperty = property;
            lastCollection = null;
            current = documentOf(mapper);
        }
        if (elements.stream().filter(element -> element.segment().equals("$")).count() > 1) {
            throw new InvalidQueryException(entityType, fullPath, "at most one $ in a path (the server matches one "
                    + "position per query); name the other levels with $[] or $[identifier]");
        }
        boolean nullable = !update || (lastProperty != null ? lastProperty.readsStoredNull()
                : lastCollection == null || ResolvedPath.holdsNullElements(lastCollection));
        return new ResolvedPath(fullPath, stored.toString(), Objects.requireNonNull(mapper), nullable, elements);
    }

    /** A positional segment: {@code $}, {@code $[]}, or {@code $[identifier]} (the identifier checked by the api). */
    private static boolean positional(String segment) {
        return segment.equals("$") || segment.startsWith("$[") && segment.endsWith("]");
    }

    /** An array index, as an update path may name one. */
    private static boolean index(String segment) {
        return segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String prefix(String[] segments, int count) {
        return String.join(".", Arrays.asList(segments).subList(0, count));
    }

    /** The document model a path continues into: an embedded type's, or its elements'. */
    private static DocumentModel documentOf(ValueMapper mapper) {
        ValueMapper value = unwrap(mapper);
        if (value instanceof CollectionMapper collection) {
            value = unwrap(collection.elements());
        }
        return value instanceof EmbeddedMapper embedded ? embedded.model() : null;
    }

    private static ValueMapper unwrap(ValueMapper mapper) {
        ValueMapper value = mapper instanceof OptionalMapper optional ? optional.content() : mapper;
        if (value instanceof CollectionMapper collection && collection.elements() instanceof MapMapper map) {
            return map;
        }
        return value;
    }

    private static void append(StringBuilder stored, String name) {
        if (!stored.isEmpty()) {
            stored.append('.');
        }
        stored.append(name);
    }

    private static List<String> known(DocumentModel model) {
        return model.properties().stream().filter(PropertyModel::member).map(PropertyModel::javaName).toList();
    }
}
