package io.databridge.odm.it.domain;

/**
 * A record of arbitrary size, for the document size limit.
 *
 * @param id the id
 * @param data the content
 */
public record Blob(String id, String data) {
}
