package io.databridge.odm.it.domain;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * A record whose id may be null before it is stored (a copy with the generated id is returned).
 *
 * @param id the id
 * @param owner the owner's name
 * @param balance the balance in cents
 */
public record Account(@Nullable ObjectId id, String owner, long balance) {
}
