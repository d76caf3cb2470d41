/**
 * The intermediate value model that sits between entities and BSON: {@link io.databridge.odm.api.value.ExtractedValue}
 * and its closed set of implementations.
 *
 * <p>The mapping core extracts an entity into a {@link io.databridge.odm.api.value.DocumentValue} on the caller's
 * thread; the codec turns that tree into bytes, possibly on other threads. Every value is therefore an immutable
 * snapshot: once built it never changes, whatever happens to the entity it came from. The model names no BSON or
 * driver type, so the ports that speak it stay free of infrastructure.
 */
@NullMarked
package io.databridge.odm.api.value;

import org.jspecify.annotations.NullMarked;
