package io.databridge.odm.api.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Holds the {@link CompoundIndex} annotations of a type when it has several; write them one by one instead. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CompoundIndexes {

    /**
     * The compound indexes.
     *
     * @return the declarations, in source order
     */
    CompoundIndex[] value();
}
