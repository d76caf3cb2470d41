package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.mapping.internal.access.ObjectGetter;
import java.lang.invoke.MethodHandle;

/**
 * Puts a generated id into an entity: a copy for a record (records stay immutable), an assignment for a class with a
 * writable id field. Used only when an id was generated, never on the plain insert path.
 */
public sealed interface IdAssigner {

    /**
     * Returns the entity holding the id.
     *
     * @param entity the entity whose id was null
     * @param id the generated id, of the entity's id type
     * @return a copy (record) or the same entity, now holding {@code id}
     * @throws ExtractionFailure if the id cannot be assigned
     */
    Object withId(Object entity, Object id);

    /**
     * Copies a record through its canonical constructor, replacing one component.
     *
     * @param constructor the canonical constructor, spread to take an {@code Object[]}, returning {@code Object}
     * @param components getters of every component, in order
     * @param idIndex the position of the id component
     */
    record RecordCopy(MethodHandle constructor, ObjectGetter[] components, int idIndex) implements IdAssigner {
        @Override
        public Object withId(Object entity, Object id) {
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                arguments[i] = i == idIndex ? id : components[i].get(entity);
            }
            try {
                return (Object) constructor.invokeExact(arguments);
            } catch (RuntimeException | Error failure) {
                throw failure;
            } catch (Throwable failure) {
                throw new IllegalStateException("constructor of " + entity.getClass().getName() + " failed", failure);
            }
        }
    }

    /**
     * Sets a non-final id field.
     *
     * @param setter the field's setter handle, typed {@code (Object, Object)void}
     */
    record FieldAssignment(MethodHandle setter) implements IdAssigner {
        @Override
        public Object withId(Object entity, Object id) {
            try {
                setter.invokeExact(entity, id);
                return entity;
            } catch (RuntimeException | Error failure) {
                throw failure;
            } catch (Throwable failure) {
                throw new IllegalStateException("cannot set the id of " + entity.getClass().getName(), failure);
            }
        }
    }

    /**
     * Cannot assign: the reason is reported if an id ever needs assigning.
     *
     * @param reason why, e.g. the field is final
     */
    record Unsupported(String reason) implements IdAssigner {
        @Override
        public Object withId(Object entity, Object id) {
            throw new ExtractionFailure("a non-null id, or an id the generated one can be assigned to", reason);
        }
    }
}
