package io.databridge.odm.mapping.internal.build;

import io.databridge.odm.api.annotation.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Lists the stored members of a record or class: record components in declaration order; for a class, the instance
 * fields of its superclasses first, then its own, each in declaration order. Static, {@code transient} and
 * {@link Transient} members and compiler-made fields are left out.
 */
final class Members {

    private Members() {
    }

    /**
     * Lists the stored members.
     *
     * @param raw the record or class
     * @param reached how it was reached (for type arguments)
     * @return the members, with resolved types
     */
    static List<Member> of(Class<?> raw, Type reached) {
        Map<TypeVariable<?>, Type> bindings = TypeResolver.bindings(reached);
        List<Member> members = new ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (!component.isAnnotationPresent(Transient.class)) {
                    members.add(new Member(component.getName(), component,
                            TypeResolver.resolve(component.getGenericType(), bindings), component, true));
                }
            }
            return members;
        }
        Deque<Map.Entry<Class<?>, Map<TypeVariable<?>, Type>>> levels = new ArrayDeque<>();
        Class<?> level = raw;
        Map<TypeVariable<?>, Type> levelBindings = bindings;
        while (level != null && level != Object.class) {
            levels.addFirst(Map.entry(level, levelBindings));
            levelBindings = TypeResolver.bindings(TypeResolver.resolve(level.getGenericSuperclass(), levelBindings));
            level = level.getSuperclass();
        }
        for (Map.Entry<Class<?>, Map<TypeVariable<?>, Type>> entry : levels) {
            for (Field field : entry.getKey().getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                members.add(new Member(field.getName(), field,
                        TypeResolver.resolve(field.getGenericType(), entry.getValue()), field,
                        Modifier.isFinal(modifiers)));
            }
        }
        return members;
    }
}
