/**
 * A small domain as a user would write it: records, value objects, enums and plain classes, with no dependency on
 * data-bridge except where a test exercises the optional annotations.
 */
@NullMarked
package io.databridge.odm.it.domain;

import org.jspecify.annotations.NullMarked;
