package io.databridge.archfixtures.codec;

import io.databridge.archfixtures.driver.Store;

/**
 * Closes a cycle between modules (driver uses codec, this codec class uses the driver), and with it breaks the
 * module directions: any cycle between modules does.
 */
public final class EncoderCallingBackIntoTheDriver {

    private final Store store;

    /**
     * An encoder holding the store.
     *
     * @param store the store
     */
    public EncoderCallingBackIntoTheDriver(Store store) {
        this.store = store;
    }

    /**
     * Saves an entity through the store.
     *
     * @param entity the entity
     */
    public void save(Object entity) {
        store.save(entity);
    }
}
