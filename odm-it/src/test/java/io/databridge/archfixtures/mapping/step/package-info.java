/**
 * The other half of the package cycle inside the fixture mapping.
 */
@NullMarked
package io.databridge.archfixtures.mapping.step;

import org.jspecify.annotations.NullMarked;
