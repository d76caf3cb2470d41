/**
 * The fixture api: a port (well-formed) and classes that break the purity and signature rules.
 */
@NullMarked
package io.databridge.archfixtures.api;

import org.jspecify.annotations.NullMarked;
