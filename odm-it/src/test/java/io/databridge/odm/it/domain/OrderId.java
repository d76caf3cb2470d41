package io.databridge.odm.it.domain;

/**
 * A single-component value object, stored as its string.
 *
 * @param value the id text
 */
public record OrderId(String value) {
}
