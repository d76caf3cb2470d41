/**
 * Index declarations and what a repository found when it compared them with the database.
 *
 * <p>An {@link io.databridge.odm.api.index.IndexDefinition} names Java paths, like a filter; a repository checks them
 * against its entity's model and turns them into stored field names when it is created. Indexes are declared with the
 * optional annotations {@link io.databridge.odm.api.annotation.Indexed} and
 * {@link io.databridge.odm.api.annotation.CompoundIndex}, or registered per entity type in the mapping configuration,
 * so a domain class needs none of this. Nothing is ever created implicitly: only
 * {@link io.databridge.odm.api.Repository#ensureIndexes()} creates indexes, and nothing ever drops one;
 * {@link io.databridge.odm.api.Repository#checkIndexes()} reports the {@link io.databridge.odm.api.index.IndexDifference}s
 * between the declared and the existing indexes. Nothing here names a BSON or driver type.
 */
@NullMarked
package io.databridge.odm.api.index;

import org.jspecify.annotations.NullMarked;
