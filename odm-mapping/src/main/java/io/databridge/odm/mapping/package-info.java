/**
 * The pure mapping core: turns entities into {@link io.databridge.odm.api.value.DocumentValue}s through type models
 * built once per type, and runs the repositories of {@link io.databridge.odm.api} over any
 * {@link io.databridge.odm.api.store.DocumentStore}.
 *
 * <p>Knows the JDK and vavr only: no BSON, no driver. {@link io.databridge.odm.mapping.MappingContext} is the entry
 * point for code that wants entity-to-document conversion alone; {@link io.databridge.odm.mapping.MappingOdm} is the
 * {@link io.databridge.odm.api.Odm} over a store.
 */
@NullMarked
package io.databridge.odm.mapping;

import org.jspecify.annotations.NullMarked;
