package io.databridge.odm.mapping.internal.build;

import static io.databridge.odm.mapping.internal.build.Problems.invalid;
import static io.databridge.odm.mapping.internal.build.Problems.valid;

import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.databridge.odm.mapping.internal.access.AccessException;
import io.databridge.odm.mapping.internal.access.Accessors;
import io.databridge.odm.mapping.internal.access.ObjectGetter;
import io.databridge.odm.mapping.internal.model.IdAssigner;
import io.databridge.odm.mapping.internal.model.IdModel;
import io.databridge.odm.mapping.internal.model.PropertyModel;
import io.databridge.odm.mapping.internal.model.ValueMapper;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * Builds what a root entity's id needs: its {@code _id} property, and the id model that reads it, turns a generated
 * ObjectId into it and puts it into the entity. An id can be generated when it holds an ObjectId: the BSON library's
 * ObjectId (through its converter), {@link ObjectIdValue}, or a single-component record around either.
 */
final class IdModels {

    private final MappingConfiguration configuration;
    private final ModelBuild build;

    IdModels(MappingConfiguration configuration, ModelBuild build) {
        this.configuration = configuration;
        this.build = build;
    }

    /** The id model of a type whose {@code _id} is always generated and not held by the entity. */
    static IdModel undeclared() {
        return new IdModel(null, null, ObjectIdValue.class::cast,
                new IdAssigner.Unsupported("the type has no id component or field"));
    }

    Validation<Seq<MappingProblem>, PropertyModel> idProperty(Member member, MethodHandles.Lookup lookup) {
        String path = member.javaName();
        if (member.annotatedName() != null) {
            return invalid(build.root(), path, "@FieldName on the id", "no @FieldName: the id is always stored as _id");
        }
        Class<?> raw = member.rawType();
        if (raw != null && (raw.isArray() && raw != byte[].class || TypeKinds.collection(raw))) {
            return invalid(build.root(), path, member.type().getTypeName(), "an id that is not an array or collection");
        }
        Validation<Seq<MappingProblem>, ValueMapper> mapper = raw != null && raw.isPrimitive()
                ? valid(TypeKinds.scalar(raw)) : build.mapperFor(member.type(), path);
        return mapper.flatMap(idMapper -> {
            try {
                ObjectGetter getter = Accessors.objectGetter(member.reflected(), lookup);
                return valid(PropertyModel.ofId(path, getter, idMapper, raw != null && holdsObjectId(raw)));
            } catch (AccessException inaccessible) {
                return invalid(build.root(), path, path, "a readable id: " + inaccessible.getMessage());
            }
        });
    }

    Validation<Seq<MappingProblem>, IdModel> idModel(Class<?> type, Member member, MethodHandles.Lookup lookup) {
        Class<?> raw = member.rawType();
        if (raw == null) {
            return invalid(type, member.javaName(), member.type().getTypeName(), "an id of a concrete type");
        }
        try {
            ObjectGetter getter = Accessors.objectGetter(member.reflected(), lookup);
            Function<ObjectIdValue, Object> fromObjectId = holdsObjectId(raw) ? objectIdMaker(raw) : null;
            return valid(new IdModel(TypeKinds.boxed(raw), getter, fromObjectId, assigner(type, member, lookup)));
        } catch (AccessException inaccessible) {
            return invalid(type, member.javaName(), member.javaName(), "a readable id: " + inaccessible.getMessage());
        }
    }

    private boolean holdsObjectId(Class<?> type) {
        if (type == ObjectIdValue.class) {
            return true;
        }
        ValueConverter<?> converter = configuration.converterFor(type);
        if (converter != null) {
            return converter.storedType() == ObjectIdValue.class;
        }
        return TypeKinds.valueObject(type) && holdsObjectId(type.getRecordComponents()[0].getType());
    }

    /** Makes the Java id from a generated ObjectId; only called for types {@link #holdsObjectId} accepts. */
    private Function<ObjectIdValue, Object> objectIdMaker(Class<?> type) throws AccessException {
        if (type == ObjectIdValue.class) {
            return ObjectIdValue.class::cast;
        }
        ValueConverter<?> converter = configuration.converterFor(type);
        if (converter != null) {
            return converter::fromStored;
        }
        Function<ObjectIdValue, Object> inner = objectIdMaker(type.getRecordComponents()[0].getType());
        MethodHandle constructor = Accessors.canonicalConstructor(type, Accessors.privateLookup(type))
                .asType(MethodType.methodType(Object.class, Object.class));
        return objectId -> invoke(constructor, inner.apply(objectId));
    }

    private static Object invoke(MethodHandle constructor, Object argument) {
        try {
            return (Object) constructor.invokeExact(argument);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("constructor failed: " + constructor, failure);
        }
    }

    /** Sets a member: a record copy with one component replaced, or a field assignment. */
    static IdAssigner assigner(Class<?> type, Member member, MethodHandles.Lookup lookup) {
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                ObjectGetter[] getters = new ObjectGetter[components.length];
                int idIndex = -1;
                for (int i = 0; i < components.length; i++) {
                    getters[i] = Accessors.objectGetter(components[i], lookup);
                    if (components[i].getName().equals(member.javaName())) {
                        idIndex = i;
                    }
                }
                MethodHandle constructor = Accessors.canonicalConstructor(type, lookup)
                        .asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
                return new IdAssigner.RecordCopy(constructor, getters, idIndex);
            }
            Field field = (Field) member.reflected();
            if (member.finalField()) {
                return new IdAssigner.Unsupported(type.getName() + "." + field.getName()
                        + " is final, so a generated id cannot be assigned; set the id before storing");
            }
            return new IdAssigner.FieldAssignment(Accessors.fieldSetter(field, lookup)
                    .asType(MethodType.methodType(void.class, Object.class, Object.class)));
        } catch (AccessException inaccessible) {
            return new IdAssigner.Unsupported(inaccessible.getMessage());
        }
    }
}
