package io.databridge.odm.bench.run;

import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;

/**
 * A contestant with its prepared batch for the current document kind and size.
 *
 * @param contestant the contestant
 * @param batch its batch
 */
record Entry(Contestant contestant, EntityBatch batch) {

    String name() {
        return contestant.name();
    }
}
