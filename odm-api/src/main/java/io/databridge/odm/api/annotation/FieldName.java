package io.databridge.odm.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a component or field under another name. The name must not be empty, start with {@code $}, contain {@code .}
 * or the NUL character, or be {@code _id} (use {@link Id} for the id).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface FieldName {

    /**
     * The stored name.
     *
     * @return the name used in the stored document
     */
    String value();
}
