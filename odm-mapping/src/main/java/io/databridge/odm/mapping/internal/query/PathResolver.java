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
import java.util.List;
import java.util.Objects;

/**
 * Resolves Java paths ({@code address.city}, {@code lines.sku}, {@code counts.visits}) against a model, segment by
 * segment: a property of a document, then into an embedded document, through the elements of a collection (as the
 * server does), or into a map's key. An unknown segment is an error listing the known names at that level.
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
        return resolve(root, path, path);
    }

    /** Resolves a path relative to the elements of an array field (for {@code elemMatch}). */
    ResolvedPath resolveIn(ValueMapper element, String relative, String fullPath) {
        if (relative.isEmpty()) {
            return new ResolvedPath(fullPath, "", element);
        }
        if (element instanceof EmbeddedMapper embedded) {
            return resolve(embedded.model(), relative, fullPath);
        }
        throw new InvalidQueryException(entityType, fullPath, "the elements are plain values; match them with an "
                + "empty path, e.g. elemMatch(\"scores\", gt(\"\", 80))");
    }

    private ResolvedPath resolve(DocumentModel start, String path, String fullPath) {
        String[] segments = path.split("\\.", -1);
        StringBuilder stored = new StringBuilder();
        DocumentModel current = start;
        ValueMapper mapper = null;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                throw new InvalidQueryException(entityType, fullPath, "an empty segment");
            }
            if (current == null) {
                if (mapper != null && unwrap(mapper) instanceof MapMapper map) {
                    if (segment.startsWith("$")) {
                        throw new InvalidQueryException(entityType, fullPath, "a map key that does not start with $");
                    }
                    append(stored, segment);
                    mapper = map.values();
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
                return new ResolvedPath(fullPath, "_id", generatedId);
            }
            if (property == null || property.mapper() == null) {
                throw new InvalidQueryException(entityType, fullPath, "unknown field '" + segment + "'"
                        + (current.type() == entityType ? "" : " in " + current.type().getSimpleName())
                        + "; known fields: " + known(current));
            }
            append(stored, property.storedName());
            mapper = Objects.requireNonNull(property.mapper());
            current = documentOf(mapper);
        }
        return new ResolvedPath(fullPath, stored.toString(), Objects.requireNonNull(mapper));
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
