/**
 * The typed query language: {@link io.databridge.odm.api.query.Filter}, {@link io.databridge.odm.api.query.Sort}.
 *
 * <p>Paths name Java components and fields ({@code address.city}, {@code lines.sku}), never stored names; values are
 * the Java values a field holds ({@code OrderId}, an enum, an {@code Instant}). A repository checks every path
 * against the entity's model and converts every value exactly as the write path would, when the query is built.
 * A value is always data: it is compared literally and can never become an operator. Nothing here names a BSON or
 * driver type; {@link io.databridge.odm.api.query.Filter#raw} is the one escape hatch.
 */
@NullMarked
package io.databridge.odm.api.query;

import org.jspecify.annotations.NullMarked;
