/**
 * The built-once models of mapped types and the hot path that runs over them: a
 * {@link io.databridge.odm.mapping.internal.model.DocumentModel} per type, a property per component or field, a value
 * mapper per Java type. Everything here is immutable after the model is built and safe to share between threads;
 * per-call state lives in an {@link io.databridge.odm.mapping.internal.model.Extraction}. Not API.
 */
@NullMarked
package io.databridge.odm.mapping.internal.model;

import org.jspecify.annotations.NullMarked;
