package io.databridge.odm.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an index on several keys of an entity type: {@code @CompoundIndex(keys = {"lastName", "-age"})}. Repeatable.
 * The same index can be registered without the annotation, as
 * {@code IndexDefinition.of("lastName", "-age")} in the mapping configuration.
 *
 * <p>Keys are Java paths from the entity, as filters name them ({@code address.city}); a leading {@code -} makes a key
 * descending. Indexes are created only by {@link io.databridge.odm.api.Repository#ensureIndexes()}; an unknown path is
 * reported as a mapping problem when the repository is created.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(CompoundIndexes.class)
public @interface CompoundIndex {

    /**
     * The keys, most significant first.
     *
     * @return Java paths, each optionally prefixed with {@code -} (descending) or {@code +} (ascending, the default)
     */
    String[] keys();

    /**
     * Whether no two documents may hold the same combination of values.
     *
     * @return {@code true} for a unique index
     */
    boolean unique() default false;

    /**
     * Whether documents without any of the fields are left out of the index.
     *
     * @return {@code true} for a sparse index
     */
    boolean sparse() default false;

    /**
     * The index name.
     *
     * @return the name; empty (the default) for the name MongoDB derives from the stored keys, e.g.
     *         {@code lastName_1_age_-1}
     */
    String name() default "";
}
