package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.api.value.FieldNames;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-name layouts ({@code {"$eq": ...}}, {@code {"status": ...}}), made once per name: a query renders several per
 * call, and a layout precomputes its name's UTF-8 forms. Paths and operators come from entity models and the query
 * language, so the names are few; map keys given in paths are not, so the cache stops growing at
 * {@value #LIMIT} names and makes the others afresh. Thread-safe.
 */
public final class SingleNames {

    private static final int LIMIT = 4_096;
    private static final ConcurrentHashMap<String, FieldNames> KNOWN = new ConcurrentHashMap<>();

    private SingleNames() {
    }

    /**
     * Returns the layout of one name.
     *
     * @param name the name; not null, no NUL character
     * @return an equal layout, shared when the name was seen before
     * @throws IllegalArgumentException if the name contains NUL
     */
    public static FieldNames of(String name) {
        FieldNames known = KNOWN.get(name);
        if (known != null) {
            return known;
        }
        FieldNames made = FieldNames.of(name);
        if (KNOWN.size() < LIMIT) {
            KNOWN.putIfAbsent(name, made);
        }
        return made;
    }
}
