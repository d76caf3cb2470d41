/**
 * Builds type models: reads a type's components or fields once, resolves generics, checks names and types, and
 * assembles the properties and mappers of {@link io.databridge.odm.mapping.internal.model}. Every problem of a type
 * (and of the types it embeds) is collected into one {@link io.vavr.control.Validation}, so a user sees them all at
 * once. Runs only when a model is first needed; nothing here is on the hot path. Not API.
 */
@NullMarked
package io.databridge.odm.mapping.internal.build;

import org.jspecify.annotations.NullMarked;
