package io.databridge.odm.api.annotation;

import io.databridge.odm.api.index.IndexDirection;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an index on one component or field: of the entity, or of a type it embeds (the key is then the path from
 * the entity, e.g. {@code address.city}). The same index can be registered without the annotation, as an
 * {@link io.databridge.odm.api.index.IndexDefinition} in the mapping configuration.
 *
 * <p>Indexes are created only by {@link io.databridge.odm.api.Repository#ensureIndexes()}. Problems are reported as
 * mapping problems when the repository is created: a TTL on a field that holds no date, an index on the id (which
 * always has its own), a hashed unique index.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Indexed {

    /**
     * The direction of the key.
     *
     * @return ascending (the default), descending or hashed
     */
    IndexDirection direction() default IndexDirection.ASCENDING;

    /**
     * Whether no two documents may hold the same value.
     *
     * @return {@code true} for a unique index
     */
    boolean unique() default false;

    /**
     * Whether documents without the field are left out of the index.
     *
     * @return {@code true} for a sparse index
     */
    boolean sparse() default false;

    /**
     * Makes a TTL index: the server deletes a document this many seconds after the date the field holds.
     *
     * @return seconds, 0 or more; negative (the default) for no TTL
     */
    long expireAfterSeconds() default -1;

    /**
     * The index name.
     *
     * @return the name; empty (the default) for the name MongoDB derives from the stored key, e.g. {@code email_1}
     */
    String name() default "";
}
