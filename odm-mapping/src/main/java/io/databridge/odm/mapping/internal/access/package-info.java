/**
 * Fast access to entity state without reflection on the hot path: primitive-specialised getters made once per
 * component or field (through {@link java.lang.invoke.LambdaMetafactory} for record accessors, method handles for
 * fields) and constructor handles. Not API.
 */
@NullMarked
package io.databridge.odm.mapping.internal.access;

import org.jspecify.annotations.NullMarked;
