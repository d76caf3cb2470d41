package io.databridge.odm.bench.data;

import java.util.List;

/**
 * The neutral content of the {@code save-all} workload at size N: {@code N/2} (rounded down) existing users, stored
 * (untimed) before the timed call, then one "save all" of N users: the existing ones with a changed score, still
 * carrying their stored version, followed by the {@code N - N/2} new ones, never stored. Immutable.
 *
 * @param existing the users stored before the save
 * @param changed the existing users with a changed score, in the same order
 * @param fresh the new users
 */
public record SaveAllScenario(List<User> existing, List<User> changed, List<User> fresh) {

    /**
     * Copies the lists and checks that they fit together.
     *
     * @throws IllegalArgumentException unless {@code changed} holds the ids of {@code existing}, in order
     */
    public SaveAllScenario {
        existing = List.copyOf(existing);
        changed = List.copyOf(changed);
        fresh = List.copyOf(fresh);
        if (!MixedBulkScenario.sameIds(changed, existing)) {
            throw new IllegalArgumentException("changed users must be the existing ones, in order");
        }
    }

    /**
     * Generates the scenario from the first N users of the data set: the first {@code N/2} exist, and a changed
     * user's score is the old one plus 1.
     *
     * @param data the generator
     * @param n N, at least 2
     * @return the scenario
     */
    public static SaveAllScenario generate(DataGenerator data, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("N must be at least 2: " + n);
        }
        List<User> users = data.users(n);
        List<User> existing = users.subList(0, n / 2);
        return new SaveAllScenario(existing,
                existing.stream().map(user -> user.withScore(user.score() + 1)).toList(), users.subList(n / 2, n));
    }

    /**
     * N, the number of users saved.
     *
     * @return the number of changed plus new users
     */
    public int n() {
        return changed.size() + fresh.size();
    }
}
