/**
 * The fixture driver adapter's internals, used by the adapter itself.
 */
@NullMarked
package io.databridge.archfixtures.driver.internal;

import org.jspecify.annotations.NullMarked;
