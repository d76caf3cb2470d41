/**
 * The driven port: {@link io.databridge.odm.api.store.DocumentStore}, which stores and loads documents as
 * {@link io.databridge.odm.api.value.ExtractedValue}s. The mapping core calls it; the driver adapter implements it on
 * the MongoDB driver; an in-memory implementation can stand in for fast domain tests.
 */
@NullMarked
package io.databridge.odm.api.store;

import org.jspecify.annotations.NullMarked;
