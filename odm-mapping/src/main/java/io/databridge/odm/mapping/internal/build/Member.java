package io.databridge.odm.mapping.internal.build;

import io.databridge.odm.api.annotation.FieldName;
import io.databridge.odm.api.annotation.Id;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * A stored component or field of a type, as read once from reflection.
 *
 * @param javaName the component or field name
 * @param reflected the {@link java.lang.reflect.RecordComponent} or {@link java.lang.reflect.Field}
 * @param type the declared type with the owner's type arguments substituted
 * @param annotations where the annotations are read from
 * @param finalField whether it is a final field (record components are always final)
 */
record Member(String javaName, Object reflected, Type type, AnnotatedElement annotations, boolean finalField) {

    /**
     * Tells whether the member carries {@link Id}.
     *
     * @return {@code true} if annotated
     */
    boolean annotatedId() {
        return annotations.isAnnotationPresent(Id.class);
    }

    /**
     * Returns the name given by {@link FieldName}.
     *
     * @return the annotated name, or {@code null}
     */
    @Nullable String annotatedName() {
        FieldName name = annotations.getAnnotation(FieldName.class);
        return name == null ? null : name.value();
    }

    /**
     * Returns the declared raw class.
     *
     * @return the class, or {@code null} if the type is unresolved
     */
    @Nullable Class<?> rawType() {
        return TypeResolver.raw(type);
    }
}
