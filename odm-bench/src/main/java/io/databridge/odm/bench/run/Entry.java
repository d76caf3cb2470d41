package io.databridge.odm.bench.run;

import io.databridge.odm.bench.contestant.Contestant;

/**
 * A contestant with its prepared batch for the current workload, document kind and size.
 *
 * @param contestant the contestant
 * @param batch its batch
 * @param <B> the workload's batch type
 */
record Entry<B>(Contestant contestant, B batch) {

    String name() {
        return contestant.name();
    }
}
