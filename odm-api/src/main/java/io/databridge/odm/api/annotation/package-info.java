/**
 * Optional annotations for the cases conventions do not cover. A domain class needs none of them: an {@code id}
 * component or field is the id, names are stored as declared, and every other component or instance field is stored.
 */
@NullMarked
package io.databridge.odm.api.annotation;

import org.jspecify.annotations.NullMarked;
