/**
 * The fixture driver adapter: a store wiring api, mapping, codec and the MongoDB driver (well-formed), and a class
 * that reaches into the mapping's internals.
 */
@NullMarked
package io.databridge.archfixtures.driver;

import org.jspecify.annotations.NullMarked;
