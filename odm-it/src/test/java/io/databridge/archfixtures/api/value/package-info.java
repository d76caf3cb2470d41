/**
 * The fixture value model: an open {@code ExtractedValue} with a record, an enum and a final class implementing it,
 * and one mutable class that breaks the rule on value types.
 */
@NullMarked
package io.databridge.archfixtures.api.value;

import org.jspecify.annotations.NullMarked;
