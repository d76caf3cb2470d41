/**
 * The fixture mapping: a mapper (well-formed) and classes that break the purity and signature rules.
 */
@NullMarked
package io.databridge.archfixtures.mapping;

import org.jspecify.annotations.NullMarked;
