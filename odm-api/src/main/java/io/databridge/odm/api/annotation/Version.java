package io.databridge.odm.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the version of an entity for optimistic locking when it is not a numeric component or field called
 * {@code version} (which is the version by convention). The version must be a {@code long}, {@code Long}, {@code int}
 * or {@code Integer}; a record component, or a non-final field of a class. At most one per type.
 *
 * <p>Stored versions start at 1. An entity whose version is {@code null} or 0 has never been stored: saving it inserts
 * it with version 1. Saving a stored entity replaces the document only if its stored version is still the entity's,
 * and stores the next version; otherwise it fails with an {@link io.databridge.odm.api.error.OptimisticLockException}
 * and changes nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {
}
