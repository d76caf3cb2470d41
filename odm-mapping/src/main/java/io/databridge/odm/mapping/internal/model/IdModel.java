package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.internal.access.ObjectGetter;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a root entity's id is: its Java type, whether it can be generated, how to read it from an entity, how to turn
 * a generated ObjectId into it and how to put it into the entity.
 *
 * @param javaType the id's Java type (boxed), or {@code null} if the entity has no id of its own
 * @param getter reads the id from an entity; {@code null} if the entity has no id of its own
 * @param fromObjectId makes the Java id from a generated ObjectId; {@code null} if ids of this type are never
 *                     generated
 * @param assigner puts a generated id into an entity
 */
public record IdModel(@Nullable Class<?> javaType, @Nullable ObjectGetter getter,
        @Nullable Function<ObjectIdValue, Object> fromObjectId, IdAssigner assigner) {

    /**
     * Tells whether the entity type declares an id.
     *
     * @return {@code false} for a type whose {@code _id} is always generated and never held by the entity
     */
    public boolean declared() {
        return javaType != null;
    }
}
