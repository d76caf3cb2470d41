package io.databridge.odm.mapping;

import io.databridge.odm.api.spi.EntityListener;
import java.util.List;
import java.util.Objects;

/**
 * The lifecycle listeners of one entity type, run in registration order (see {@link EntityListener} for when). With
 * no listener every method returns at once, so the write and read paths pay nothing for hooks they do not use.
 *
 * @param <T> the entity type
 */
final class Hooks<T> {

    private final Class<T> type;
    private final List<EntityListener<T>> listeners;

    Hooks(Class<T> type, List<EntityListener<T>> listeners) {
        this.type = type;
        this.listeners = List.copyOf(listeners);
    }

    boolean none() {
        return listeners.isEmpty();
    }

    T beforeInsert(T entity) {
        T current = entity;
        for (EntityListener<T> listener : listeners) {
            current = checked(listener.beforeInsert(current), listener, "beforeInsert");
        }
        return current;
    }

    void afterInsert(T stored) {
        listeners.forEach(listener -> listener.afterInsert(stored));
    }

    T beforeSave(T entity) {
        T current = entity;
        for (EntityListener<T> listener : listeners) {
            current = checked(listener.beforeSave(current), listener, "beforeSave");
        }
        return current;
    }

    void afterSave(T stored) {
        listeners.forEach(listener -> listener.afterSave(stored));
    }

    void beforeDelete(Object id) {
        listeners.forEach(listener -> listener.beforeDelete(id));
    }

    void afterDelete(Object id) {
        listeners.forEach(listener -> listener.afterDelete(id));
    }

    T afterLoad(T loaded) {
        T current = loaded;
        for (EntityListener<T> listener : listeners) {
            current = checked(listener.afterLoad(current), listener, "afterLoad");
        }
        return current;
    }

    private T checked(T returned, EntityListener<T> listener, String hook) {
        if (!type.isInstance(returned)) {
            throw new IllegalStateException(listener.getClass().getName() + "." + hook + " of " + type.getName()
                    + " returned " + (returned == null ? "null" : "a " + Objects.requireNonNull(returned).getClass()
                    .getName()) + "; expected the entity or a changed " + type.getSimpleName());
        }
        return returned;
    }
}
