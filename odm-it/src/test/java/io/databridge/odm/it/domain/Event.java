package io.databridge.odm.it.domain;

import java.time.Instant;

/**
 * A record without an id of its own: its {@code _id} is always a generated ObjectId.
 *
 * @param kind what happened
 * @param at when
 */
public record Event(String kind, Instant at) {
}
