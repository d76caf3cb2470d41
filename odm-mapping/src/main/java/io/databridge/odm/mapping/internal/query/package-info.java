/**
 * Turns the query language of {@link io.databridge.odm.api.query} into stored documents: Java paths resolved against
 * the entity's model into stored paths, Java values converted by the write path's mappers, operators checked against
 * the field's type; every problem raised as an {@link io.databridge.odm.api.error.InvalidQueryException} when the
 * query is built. Operands are rendered under an explicit operator ({@code {f: {$gt: v}}}), except scalars compared
 * for equality ({@code {f: v}}, where a scalar cannot be read as an operator), so no value can become an operator.
 *
 * <p>The update language of {@link io.databridge.odm.api.update} is rendered the same way, by
 * {@link io.databridge.odm.mapping.internal.query.UpdateRenderer}: paths resolved (positional segments after
 * collection fields kept as written), values converted by the same {@code StoredValues}, array filters rendered by the
 * filter renderer relative to the elements they select. Not API.
 */
@NullMarked
package io.databridge.odm.mapping.internal.query;

import org.jspecify.annotations.NullMarked;
