/**
 * How the mapping core is configured: {@link io.databridge.odm.mapping.config.MappingConfiguration} (converters, the
 * source of generated ids, the time precision policy). Read by the public mapping types and by the internal models
 * alike, so it sits below both.
 */
@NullMarked
package io.databridge.odm.mapping.config;

import org.jspecify.annotations.NullMarked;
