package io.databridge.odm.mapping;

import io.databridge.odm.api.annotation.CompoundIndex;
import io.databridge.odm.api.annotation.Indexed;
import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.api.index.IndexDefinition;
import io.databridge.odm.api.index.IndexDirection;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.model.CollectionMapper;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.EmbeddedMapper;
import io.databridge.odm.mapping.internal.model.EntityModel;
import io.databridge.odm.mapping.internal.model.OptionalMapper;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import io.databridge.odm.mapping.internal.model.Scalars;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import io.databridge.odm.mapping.internal.query.FilterRenderer;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The indexes declared for an entity type, resolved against its model into stored terms: {@link Indexed} on members
 * of the entity and of the types it embeds (depth first, in declaration order; a path through a collection reaches
 * its elements, as filters do), {@link CompoundIndex} on the entity type, then the definitions the mapping
 * configuration registers for the type. Paths become stored paths, partial filters are rendered like queries, and an
 * unnamed index gets the name MongoDB would give it from its stored keys ({@code lastName_1_age_-1}).
 *
 * <p>Every problem of the type is collected and reported at once, as a {@link MappingException}: an unknown path, a
 * definition the api refuses, a TTL on a field that holds no date, an index on the id alone (it has {@code _id_}),
 * two indexes with one name, or with the same keys, collation and partial filter. Stateless.
 */
final class DeclaredIndexes {

    /** The name of the id's own index, which exists in every collection and is never declared. */
    static final String ID_INDEX = "_id_";

    private DeclaredIndexes() {
    }

    /**
     * One declaration, before resolution.
     *
     * @param definition the index in Java terms
     * @param origin where it was declared, for problems
     * @param path the path problems are reported at
     */
    private record Declared(IndexDefinition definition, String origin, String path) {
    }

    /**
     * Resolves the declared indexes of a type.
     *
     * @param type the entity type
     * @param model its model
     * @param configuration the mapping configuration (registered indexes, converters)
     * @return the indexes in stored terms, in declaration order
     * @throws MappingException listing every problem of the declarations
     */
    static List<StoredIndex> resolve(Class<?> type, EntityModel model, MappingConfiguration configuration) {
        List<MappingProblem> problems = new ArrayList<>();
        List<Declared> declared = new ArrayList<>();
        annotatedMembers(type, model.document(), "", new HashSet<>(), declared, problems);
        for (CompoundIndex compound : type.getAnnotationsByType(CompoundIndex.class)) {
            String origin = "@CompoundIndex(keys = " + Arrays.toString(compound.keys()) + ")";
            try {
                IndexDefinition definition = IndexDefinition.of(compound.keys()).unique(compound.unique())
                        .sparse(compound.sparse());
                declared.add(new Declared(compound.name().isEmpty() ? definition : definition.named(compound.name()),
                        origin, ""));
            } catch (IllegalArgumentException refused) {
                problems.add(new MappingProblem(type, "", origin, refused.getMessage()));
            }
        }
        for (IndexDefinition definition : configuration.indexes(type)) {
            declared.add(new Declared(definition, "the configured index " + definition, ""));
        }
        FilterRenderer renderer = new FilterRenderer(type, model.document(), configuration);
        List<StoredIndex> resolved = new ArrayList<>(declared.size());
        for (Declared declaration : declared) {
            StoredIndex index = resolve(type, declaration, renderer, configuration, problems);
            if (index != null) {
                resolved.add(index);
            }
        }
        checkDistinct(type, resolved, problems);
        if (!problems.isEmpty()) {
            throw new MappingException(type, problems);
        }
        return List.copyOf(resolved);
    }

    /** Collects {@link Indexed} members of a document model and of the types it embeds. */
    private static void annotatedMembers(Class<?> root, DocumentModel document, String prefix, Set<Class<?>> onPath,
            List<Declared> declared, List<MappingProblem> problems) {
        if (!onPath.add(document.type())) {
            return;
        }
        for (PropertyModel property : document.properties()) {
            ValueMapper mapper = property.mapper();
            if (!property.member() || mapper == null) {
                continue;
            }
            String path = prefix + property.javaName();
            Indexed indexed = annotation(document.type(), property.javaName());
            if (indexed != null) {
                indexed(root, indexed, path, prefix.isEmpty() && property.storedName().equals("_id"), declared,
                        problems);
            }
            DocumentModel embedded = embedded(mapper);
            if (embedded != null) {
                annotatedMembers(root, embedded, path + ".", onPath, declared, problems);
            }
        }
        onPath.remove(document.type());
    }

    private static void indexed(Class<?> root, Indexed indexed, String path, boolean id, List<Declared> declared,
            List<MappingProblem> problems) {
        String origin = "@Indexed on " + path;
        if (id) {
            problems.add(new MappingProblem(root, path, origin, "no @Indexed on the id: it always has its own unique "
                    + "index, " + ID_INDEX));
            return;
        }
        try {
            IndexDefinition definition = IndexDefinition.of(List.of(new IndexDefinition.Key(path, indexed.direction())))
                    .unique(indexed.unique()).sparse(indexed.sparse());
            if (indexed.expireAfterSeconds() >= 0) {
                definition = definition.expireAfter(Duration.ofSeconds(indexed.expireAfterSeconds()));
            }
            if (!indexed.name().isEmpty()) {
                definition = definition.named(indexed.name());
            }
            declared.add(new Declared(definition, origin, path));
        } catch (IllegalArgumentException refused) {
            problems.add(new MappingProblem(root, path, origin, refused.getMessage()));
        }
    }

    /** The annotation on a record component, or on a field of a class or its superclasses. */
    private static @Nullable Indexed annotation(Class<?> type, String javaName) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(javaName)) {
                    return component.getAnnotation(Indexed.class);
                }
            }
            return null;
        }
        for (Class<?> declaring = type; declaring != null && declaring != Object.class;
                declaring = declaring.getSuperclass()) {
            AnnotatedElement field;
            try {
                field = declaring.getDeclaredField(javaName);
            } catch (NoSuchFieldException notHere) {
                continue;
            }
            return field.getAnnotation(Indexed.class);
        }
        return null;
    }

    /** The model of the embedded documents a property holds (directly, in an Optional, or as elements). */
    private static @Nullable DocumentModel embedded(ValueMapper mapper) {
        ValueMapper value = content(mapper);
        if (value instanceof CollectionMapper collection) {
            value = content(collection.elements());
        }
        return value instanceof EmbeddedMapper embedded ? embedded.model() : null;
    }

    private static ValueMapper content(ValueMapper mapper) {
        return mapper instanceof OptionalMapper optional ? optional.content() : mapper;
    }

    private static @Nullable StoredIndex resolve(Class<?> type, Declared declared, FilterRenderer renderer,
            MappingConfiguration configuration, List<MappingProblem> problems) {
        IndexDefinition definition = declared.definition();
        Map<String, ExtractedValue> keys = new LinkedHashMap<>();
        boolean resolved = true;
        for (IndexDefinition.Key key : definition.keys()) {
            String stored;
            try {
                stored = renderer.storedPath(key.path());
            } catch (InvalidQueryException unknown) {
                problems.add(new MappingProblem(type, key.path(), declared.origin() + ": key " + key.path(),
                        "a path to a stored field (" + unknown.getMessage() + ")"));
                resolved = false;
                continue;
            }
            if (keys.put(stored, kind(key.direction())) != null) {
                problems.add(new MappingProblem(type, key.path(), declared.origin(), "keys on distinct stored "
                        + "fields; two keys name '" + stored + "'"));
                resolved = false;
            }
        }
        if (!resolved) {
            return null;
        }
        if (keys.size() == 1 && keys.containsKey("_id")) {
            problems.add(new MappingProblem(type, definition.keys().get(0).path(), declared.origin(),
                    "no index on the id alone: it always has its own unique index, " + ID_INDEX));
            return null;
        }
        Long ttl = null;
        if (definition.expireAfter() != null) {
            String path = definition.keys().get(0).path();
            ValueMapper values = renderer.valuesOf(path);
            if (!holdsDates(values, configuration)) {
                problems.add(new MappingProblem(type, path, declared.origin() + ": a TTL on a field holding "
                        + values.javaType().getSimpleName(), "a TTL (expireAfter) on a date field: Instant, "
                        + "LocalDate, LocalDateTime, a type a converter stores as a date, or a collection of them"));
                return null;
            }
            ttl = Objects.requireNonNull(definition.expireAfter()).getSeconds();
        }
        DocumentValue partial = null;
        if (definition.partialFilter() != null) {
            try {
                partial = renderer.render(Objects.requireNonNull(definition.partialFilter()));
            } catch (InvalidQueryException invalid) {
                problems.add(new MappingProblem(type, declared.path(), declared.origin() + ": its partial filter",
                        "a filter that fits the type (" + invalid.getMessage() + ")"));
                return null;
            }
        }
        DocumentValue keyPattern = DocumentValue.of(keys);
        String name = definition.name() != null ? definition.name() : defaultName(keyPattern);
        return new StoredIndex(Objects.requireNonNull(name), keyPattern, definition.isUnique(),
                definition.isSparse(), partial, ttl, definition.collation());
    }

    private static ExtractedValue kind(IndexDirection direction) {
        return switch (direction) {
            case ASCENDING -> Int32Value.of(1);
            case DESCENDING -> Int32Value.of(-1);
            case HASHED -> new StringValue("hashed");
        };
    }

    /** Whether a field (or each element of it) holds a date, as a TTL index needs. */
    private static boolean holdsDates(ValueMapper values, MappingConfiguration configuration) {
        ValueMapper value = content(values);
        if (value == Scalars.INSTANT || value == Scalars.LOCAL_DATE || value == Scalars.LOCAL_DATE_TIME) {
            return true;
        }
        ValueConverter<?> converter = configuration.converterFor(value.javaType());
        return converter != null && converter.storedType() == DateTimeValue.class;
    }

    /**
     * The name MongoDB gives an index: each stored path and its kind, joined by underscores.
     *
     * @param keys the key pattern
     * @return e.g. {@code lastName_1_age_-1}, {@code address.city_1}, {@code tag_hashed}
     */
    static String defaultName(DocumentValue keys) {
        StringBuilder name = new StringBuilder();
        keys.forEach((path, kind) -> {
            if (!name.isEmpty()) {
                name.append('_');
            }
            name.append(path).append('_').append(switch (kind) {
                case Int32Value number -> Integer.toString(number.value());
                case StringValue text -> text.value();
                default -> kind.toString();
            });
        });
        return name.toString();
    }

    private static void checkDistinct(Class<?> type, List<StoredIndex> indexes, List<MappingProblem> problems) {
        for (int i = 0; i < indexes.size(); i++) {
            StoredIndex first = indexes.get(i);
            for (int j = i + 1; j < indexes.size(); j++) {
                StoredIndex second = indexes.get(j);
                if (first.name().equals(second.name())) {
                    problems.add(new MappingProblem(type, "", "two declared indexes named " + first.name(),
                            "distinct index names"));
                } else if (first.keys().equals(second.keys())
                        && Objects.equals(first.collation(), second.collation())
                        && Objects.equals(first.partialFilter(), second.partialFilter())) {
                    problems.add(new MappingProblem(type, "", "two declared indexes on the same keys (" + first.name()
                            + " and " + second.name() + ")", "one index per key pattern, collation and partial "
                            + "filter (the server refuses a second one): merge them"));
                }
            }
        }
    }
}
