/**
 * The typed update language: {@link io.databridge.odm.api.update.Update}, made of
 * {@link io.databridge.odm.api.update.Change}s ({@code set}, {@code inc}, {@code push}, ...), the write counterpart
 * of {@link io.databridge.odm.api.query}.
 *
 * <p>An update is always an operator document ({@code {$set: {...}, $inc: {...}}}) and a replacement never is: this
 * language has no way to express a whole-document replacement, so an update can never replace a document by mistake
 * (replacing is the repository's save, which writes the entity itself). Conversely a value is always data: the
 * String {@code "$inc"} given to {@code set} is stored as that string, a map or value object is stored as the write
 * path stores it, and no value can become an operator or a path.
 *
 * <p>Paths name Java components and fields, never stored names ({@code address.city}); values are the Java values a
 * field holds. A repository checks every path, operator and value against the entity's model when the update is
 * rendered, and converts values exactly as the write path would. Array elements are named with positional segments
 * right after a collection field: {@code lines.$.qty} (the first element the query matched), {@code lines.$[].qty}
 * (every element), {@code lines.$[hot].qty} (the elements the array filter {@code hot} matches) or an index
 * ({@code lines.0.qty}). Nothing here names a BSON or driver type.
 */
@NullMarked
package io.databridge.odm.api.update;

import org.jspecify.annotations.NullMarked;
