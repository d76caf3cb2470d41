package io.databridge.odm.bench.data;

import java.util.List;
import java.util.stream.IntStream;
import org.bson.types.ObjectId;

/**
 * The neutral content of the {@code mixed-bulk} workload at size N: 2N existing users {@code e_0 .. e_2N-1}, stored
 * (untimed) before the timed call, and one ordered bulk write of 4N operations, one of each kind per document and
 * grouped by kind as an application builds such a bulk: first the N inserts of the new users {@code n_i}; then, for
 * each {@code i} in {@code 0 .. N-1}, the replace of {@code e_i} by {@code replacements.get(i)} ({@code e_i} with a
 * changed score) if its stored version is still the first one, storing the next, followed by setting {@code active}
 * to {@code false} on {@code e_i} (filter by {@code _id}); last the N deletes of {@code d_i = e_N+i} (by
 * {@code _id}). Grouped, the driver sends each kind in full wire batches (replaces and updates share the update
 * command); interleaved per document, an ordered bulk becomes 3N single-operation commands, whose round trips
 * would be all that is measured. Immutable.
 *
 * @param existing the 2N users stored before the bulk write
 * @param inserts the N new users {@code n_i}
 * @param replacements the N replacements: {@code e_i} with a changed score, in the order of {@code existing}
 */
public record MixedBulkScenario(List<User> existing, List<User> inserts, List<User> replacements) {

    /**
     * Copies the lists and checks that they fit together.
     *
     * @throws IllegalArgumentException unless there are 2N existing users, N inserts and N replacements with the ids
     *         of the first N existing users
     */
    public MixedBulkScenario {
        existing = List.copyOf(existing);
        inserts = List.copyOf(inserts);
        replacements = List.copyOf(replacements);
        int n = inserts.size();
        if (existing.size() != 2 * n || !sameIds(replacements, existing.subList(0, Math.min(n, existing.size())))) {
            throw new IllegalArgumentException("need 2N existing users, N inserts and N replacements of the first N"
                    + " existing users; got " + existing.size() + ", " + n + " and " + replacements.size());
        }
    }

    /**
     * Generates the scenario from the first 3N users of the data set: the first 2N exist, the last N are new, and a
     * replacement's score is the old one plus 1.
     *
     * @param data the generator
     * @param n N, positive
     * @return the scenario
     */
    public static MixedBulkScenario generate(DataGenerator data, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("N must be positive: " + n);
        }
        List<User> users = data.users(3 * n);
        List<User> existing = users.subList(0, 2 * n);
        return new MixedBulkScenario(existing, users.subList(2 * n, 3 * n),
                existing.subList(0, n).stream().map(user -> user.withScore(user.score() + 1)).toList());
    }

    /**
     * Whether two lists of users have the same ids in the same order.
     *
     * @param some users
     * @param others other users
     * @return {@code true} if the lists are equally long and agree on the id at every position
     */
    static boolean sameIds(List<User> some, List<User> others) {
        return some.size() == others.size()
                && IntStream.range(0, some.size()).allMatch(i -> some.get(i).id().equals(others.get(i).id()));
    }

    /**
     * N, the number of operations of each kind.
     *
     * @return the number of inserts
     */
    public int n() {
        return inserts.size();
    }

    /**
     * The users the bulk deletes, {@code d_i = e_N+i}.
     *
     * @return their ids, in operation order
     */
    public List<ObjectId> deletes() {
        return existing.subList(n(), 2 * n()).stream().map(User::id).toList();
    }
}
