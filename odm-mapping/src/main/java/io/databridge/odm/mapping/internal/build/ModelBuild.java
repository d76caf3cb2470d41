package io.databridge.odm.mapping.internal.build;

import static io.databridge.odm.mapping.internal.build.Problems.both;
import static io.databridge.odm.mapping.internal.build.Problems.invalid;
import static io.databridge.odm.mapping.internal.build.Problems.join;
import static io.databridge.odm.mapping.internal.build.Problems.valid;

import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.access.AccessException;
import io.databridge.odm.mapping.internal.access.Accessors;
import io.databridge.odm.mapping.internal.access.ObjectGetter;
import io.databridge.odm.mapping.internal.model.CollectionMapper;
import io.databridge.odm.mapping.internal.model.ContainerShape;
import io.databridge.odm.mapping.internal.model.ConverterMapper;
import io.databridge.odm.mapping.internal.model.DocumentModel;
import io.databridge.odm.mapping.internal.model.EmbeddedMapper;
import io.databridge.odm.mapping.internal.model.EnumMapper;
import io.databridge.odm.mapping.internal.model.Instantiator;
import io.databridge.odm.mapping.internal.model.MapMapper;
import io.databridge.odm.mapping.internal.model.ModelRef;
import io.databridge.odm.mapping.internal.model.OptionalMapper;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import io.databridge.odm.mapping.internal.model.Scalars;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import io.databridge.odm.mapping.internal.model.ValueObjectMapper;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One model build, started from a root type: builds the mappers of every type reached from it, shares the model of a
 * type reached twice, and marks types that reach themselves. Problems carry paths from the root. Single-threaded and
 * used once.
 */
final class ModelBuild {

    private static final String NAME_RULE = "a stored name that is not empty, contains no '.' and no NUL character, "
            + "does not start with '$' and is not _id (mark the id with @Id)";

    private final MappingConfiguration configuration;
    private final Class<?> root;
    private final Map<String, ModelRef> documents = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    ModelBuild(MappingConfiguration configuration, Class<?> root) {
        this.configuration = configuration;
        this.root = root;
    }

    Class<?> root() {
        return root;
    }

    /** The properties of a type's stored members (the id excluded by the caller), with their names checked. */
    Validation<Seq<MappingProblem>, List<PropertyModel>> properties(List<Member> members, String path,
            MethodHandles.Lookup lookup) {
        Validation<Seq<MappingProblem>, Seq<PropertyModel>> built = Validation.traverse(members,
                member -> property(member, join(path, member.javaName()), lookup));
        return built.flatMap(properties -> distinctNames(properties.asJava(), path));
    }

    /** The property of one member: a primitive getter, or a boxed getter and the mapper of its type. */
    Validation<Seq<MappingProblem>, PropertyModel> property(Member member, String path, MethodHandles.Lookup lookup) {
        String stored = member.annotatedName() == null ? member.javaName() : member.annotatedName();
        Validation<Seq<MappingProblem>, String> name = validName(stored)
                ? valid(stored) : invalid(root, path, "the stored name \"" + stored.replace("\0", "\\0") + "\"",
                        NAME_RULE);
        Class<?> raw = member.rawType();
        Validation<Seq<MappingProblem>, ValueMapper> mapper = raw != null && raw.isPrimitive()
                ? valid(TypeKinds.scalar(raw)) : mapperFor(member.type(), path);
        return both(name, mapper, Tuple::of)
                .flatMap(named -> makeProperty(member, named._1, named._2, path, lookup));
    }

    private Validation<Seq<MappingProblem>, PropertyModel> makeProperty(Member member, String stored,
            ValueMapper mapper, String path, MethodHandles.Lookup lookup) {
        Object reflected = member.reflected();
        String name = member.javaName();
        Class<?> raw = member.rawType();
        try {
            if (raw == int.class) {
                return valid(PropertyModel.ofInt(name, stored, Accessors.intGetter(reflected, lookup)));
            }
            if (raw == long.class) {
                return valid(PropertyModel.ofLong(name, stored, Accessors.longGetter(reflected, lookup)));
            }
            if (raw == double.class) {
                return valid(PropertyModel.ofDouble(name, stored, Accessors.doubleGetter(reflected, lookup)));
            }
            if (raw == boolean.class) {
                return valid(PropertyModel.ofBoolean(name, stored, Accessors.booleanGetter(reflected, lookup)));
            }
            ObjectGetter getter = Accessors.objectGetter(reflected, lookup);
            if (raw != null && raw.isPrimitive()) {
                return valid(PropertyModel.ofBoxedPrimitive(name, stored, getter, (Scalars) mapper));
            }
            return valid(mapper == Scalars.STRING ? PropertyModel.ofString(name, stored, getter)
                    : PropertyModel.ofReference(name, stored, getter, mapper));
        } catch (AccessException inaccessible) {
            return invalid(root, path, name, "a readable component or field: " + inaccessible.getMessage());
        }
    }

    /** The mapper of a declared type; every unsupported part is a problem at {@code path}. */
    Validation<Seq<MappingProblem>, ValueMapper> mapperFor(Type type, String path) {
        Class<?> raw = TypeResolver.raw(type);
        if (raw == null || TypeResolver.unresolved(type)) {
            return invalid(root, path, type.getTypeName(),
                    "a concrete type (give the type argument where the generic type is used)");
        }
        ValueConverter<?> converter = configuration.converterFor(raw);
        if (converter != null) {
            return valid(new ConverterMapper(converter));
        }
        Scalars scalar = TypeKinds.scalar(raw);
        if (scalar != null) {
            return valid(scalar);
        }
        if (raw.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) raw;
            return valid(new EnumMapper(enumType));
        }
        if (raw == Optional.class) {
            return argument(type, 0, path).flatMap(content -> mapperFor(content, path)).map(OptionalMapper::new);
        }
        if (TypeKinds.collection(raw)) {
            ContainerShape shape = ContainerShape.of(raw);
            return argument(type, 0, path).flatMap(element -> mapperFor(element, path + "[]"))
                    .flatMap(elements -> shape == ContainerShape.SORTED_SET
                            && !Comparable.class.isAssignableFrom(elements.javaType())
                            ? invalid(root, path, type.getTypeName(), "a SortedSet of Comparable elements (read back "
                                    + "in their natural order; " + elements.javaType().getSimpleName() + " is not "
                                    + "Comparable)")
                            : valid(new CollectionMapper(elements, shape)));
        }
        if (TypeKinds.map(raw)) {
            return mapMapper(type, path);
        }
        if (TypeKinds.valueObject(raw)) {
            return valueObject(raw, type, path);
        }
        if (TypeKinds.document(raw)) {
            return embedded(raw, type, path);
        }
        return invalid(root, path, type.getTypeName(), TypeKinds.SUPPORTED);
    }

    private Validation<Seq<MappingProblem>, ValueMapper> mapMapper(Type type, String path) {
        Validation<Seq<MappingProblem>, Type> key = argument(type, 0, path).flatMap(keyType -> keyType == String.class
                ? valid(keyType)
                : invalid(root, path, type.getTypeName(), "a Map with String keys (keys become field names)"));
        Validation<Seq<MappingProblem>, ValueMapper> values = argument(type, 1, path)
                .flatMap(valueType -> mapperFor(valueType, path + "[]"));
        ContainerShape shape = ContainerShape.of(Objects.requireNonNull(TypeResolver.raw(type)));
        return both(key, values, (keyType, valueMapper) -> new MapMapper(valueMapper, shape));
    }

    private Validation<Seq<MappingProblem>, Type> argument(Type type, int index, String path) {
        if (type instanceof ParameterizedType parameterized) {
            return valid(parameterized.getActualTypeArguments()[index]);
        }
        return invalid(root, path, type.getTypeName() + " (raw type)",
                "a parameterized type such as List<String>, so the element type is known");
    }

    private Validation<Seq<MappingProblem>, ValueMapper> valueObject(Class<?> raw, Type type, String path) {
        String key = "value:" + TypeResolver.key(type);
        if (!inProgress.add(key)) {
            return invalid(root, path, raw.getName(), "a value object that does not contain itself");
        }
        try {
            List<Member> members = Members.of(raw, type);
            if (members.isEmpty()) {
                return embedded(raw, type, path);
            }
            return lookup(raw, path).flatMap(lookup -> property(members.get(0), path, lookup)
                    .flatMap(component -> valueObjectConstructor(raw, lookup, path)
                            .map(constructor -> new ValueObjectMapper(raw, component, constructor))));
        } finally {
            inProgress.remove(key);
        }
    }

    private Validation<Seq<MappingProblem>, ValueMapper> embedded(Class<?> raw, Type type, String path) {
        String key = "document:" + TypeResolver.key(type);
        ModelRef known = documents.get(key);
        if (known != null) {
            if (inProgress.contains(key)) {
                known.markRecursive();
            }
            return valid(new EmbeddedMapper(known));
        }
        ModelRef ref = new ModelRef(raw);
        documents.put(key, ref);
        inProgress.add(key);
        try {
            return lookup(raw, path)
                    .flatMap(lookup -> {
                        List<Member> members = Members.of(raw, type);
                        return properties(members, path, lookup).map(properties -> {
                            Instantiator instantiator = Instantiators.of(raw, properties, List.copyOf(members),
                                    lookup);
                            ref.complete(new DocumentModel(raw, properties, instantiator,
                                    configuration.strictReads()));
                            return new EmbeddedMapper(ref);
                        });
                    });
        } finally {
            inProgress.remove(key);
        }
    }

    private Validation<Seq<MappingProblem>, MethodHandle> valueObjectConstructor(Class<?> type,
            MethodHandles.Lookup lookup, String path) {
        try {
            return valid(Accessors.canonicalConstructor(type, lookup)
                    .asType(MethodType.methodType(Object.class, Object.class)));
        } catch (AccessException inaccessible) {
            return invalid(root, path, type.getName(), "an accessible constructor: " + inaccessible.getMessage());
        }
    }

    MappingConfiguration configuration() {
        return configuration;
    }

    Validation<Seq<MappingProblem>, MethodHandles.Lookup> lookup(Class<?> type, String path) {
        try {
            return valid(Accessors.privateLookup(type));
        } catch (AccessException inaccessible) {
            return invalid(root, path, type.getName(), "an accessible type: " + inaccessible.getMessage());
        }
    }

    private Validation<Seq<MappingProblem>, List<PropertyModel>> distinctNames(List<PropertyModel> properties,
            String path) {
        Set<String> seen = new HashSet<>();
        for (PropertyModel property : properties) {
            if (!seen.add(property.storedName())) {
                return invalid(root, join(path, property.javaName()), "the stored name \"" + property.storedName()
                        + "\", already used by another property", "distinct stored names");
            }
        }
        return valid(properties);
    }

    private static boolean validName(String name) {
        return !name.isEmpty() && name.indexOf('.') < 0 && name.indexOf('\0') < 0 && !name.startsWith("$")
                && !name.equals("_id");
    }
}
