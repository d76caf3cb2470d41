package io.databridge.archfixtures.api;

import io.databridge.archfixtures.api.value.ExtractedValue;
import io.vavr.control.Option;

/** A well-formed port: only the api's own types, the JDK and vavr in its signature. */
public interface Port {

    /**
     * Reads one value.
     *
     * @param key the key
     * @return the value, if there is one
     */
    Option<ExtractedValue> read(String key);
}
