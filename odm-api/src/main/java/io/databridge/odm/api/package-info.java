/**
 * The entry points a user calls: {@link io.databridge.odm.api.Odm} hands out a typed
 * {@link io.databridge.odm.api.Repository} per entity class; its results and options live here too.
 *
 * <p>Nothing in this module names a BSON or driver type, and a domain class needs none of it: annotations are
 * optional and conventions cover records, value objects and plain classes.
 */
@NullMarked
package io.databridge.odm.api;

import org.jspecify.annotations.NullMarked;
