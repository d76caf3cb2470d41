/**
 * The errors a user can meet, all unchecked and all subclasses of {@link io.databridge.odm.api.error.OdmException}.
 *
 * <p>Each names what the user needs to fix it: the entity type, the field path and what was expected for bad types and
 * bad values; the position in the batch, the key and the index for write errors. Errors found before anything is
 * sent guarantee that nothing was written. No driver or BSON type appears here: the driver adapter translates its
 * exceptions at the edge.
 */
@NullMarked
package io.databridge.odm.api.error;

import org.jspecify.annotations.NullMarked;
