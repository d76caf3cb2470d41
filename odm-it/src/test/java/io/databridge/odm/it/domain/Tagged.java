package io.databridge.odm.it.domain;

import java.util.Map;

/**
 * A record with a string id and a free-form map, for duplicate keys and map-key validation.
 *
 * @param id the id
 * @param labels labels by key
 */
public record Tagged(String id, Map<String, String> labels) {
}
