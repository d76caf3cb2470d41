/**
 * Extension points the mapping core consumes and infrastructure modules provide: value converters for types the core
 * does not know (such as the BSON library's {@code ObjectId}) and the source of generated ObjectIds.
 */
@NullMarked
package io.databridge.odm.api.spi;

import org.jspecify.annotations.NullMarked;
