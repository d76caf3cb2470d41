/**
 * A module that is not one of the four, added later: the BSON rule covers it without being edited.
 */
@NullMarked
package io.databridge.archfixtures.extension;

import org.jspecify.annotations.NullMarked;
