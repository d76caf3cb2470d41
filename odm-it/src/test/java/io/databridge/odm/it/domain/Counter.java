package io.databridge.odm.it.domain;

/**
 * A versioned record: its {@code version} component is the optimistic lock by convention.
 *
 * @param id the id
 * @param count the count
 * @param version the version; 0 before the first save
 */
public record Counter(String id, long count, long version) {

    /**
     * Returns the counter incremented.
     *
     * @return a copy with the count one higher and the same version
     */
    public Counter incremented() {
        return new Counter(id, count + 1, version);
    }
}
