package io.databridge.odm.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the constructor or static factory a class is read through, when it has several. Its parameters take the
 * stored fields by name (compile with {@code -parameters}) or, failing names, by their distinct types. Records need
 * none: they are read through their canonical constructor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.CONSTRUCTOR, ElementType.METHOD})
public @interface Creator {
}
