package io.databridge.odm.api.update;

import io.databridge.odm.api.query.Filter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * The changes an update makes to each matched document, and the array filters its {@code $[identifier]} paths use:
 * {@code Update.of(set("status", Status.PAID), inc("visits", 1))}.
 *
 * <p>Immutable and reusable from any thread. Checked when built: at least one change, no two changes on the same or
 * on overlapping paths ({@code address} and {@code address.city}: the server refuses them in one update), a rename's
 * target counted as a path it changes; every array filter used by a path. The repository checks the rest against the
 * entity's model when it renders the update, including that every {@code $[identifier]} has its array filter.
 */
public final class Update {

    private final List<Change> changes;
    private final SequencedMap<String, Filter> arrayFilters;

    private Update(List<Change> changes, SequencedMap<String, Filter> arrayFilters) {
        this.changes = List.copyOf(changes);
        this.arrayFilters = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(arrayFilters));
        if (this.changes.isEmpty()) {
            throw new IllegalArgumentException("an update needs at least one change");
        }
        requireNoConflict(this.changes);
    }

    /**
     * Makes an update.
     *
     * @param changes at least one
     * @return the update
     * @throws IllegalArgumentException if there is no change, or two changes overlap
     */
    public static Update of(Change... changes) {
        return of(Arrays.asList(changes));
    }

    /**
     * Makes an update.
     *
     * @param changes at least one, none null
     * @return the update
     * @throws IllegalArgumentException if there is no change, or two changes overlap
     */
    public static Update of(List<Change> changes) {
        return new Update(changes, new LinkedHashMap<>());
    }

    /**
     * Adds changes.
     *
     * @param more the changes added after this update's
     * @return a new update with this one's changes and array filters, then {@code more}
     * @throws IllegalArgumentException if a change overlaps another
     */
    public Update and(Change... more) {
        List<Change> all = new ArrayList<>(changes);
        all.addAll(Arrays.asList(more));
        return new Update(all, arrayFilters);
    }

    /**
     * Adds the array filter of an identifier: the elements a {@code $[identifier]} segment names are those the
     * condition matches. The condition's paths are relative to the element, as in {@link Filter#elemMatch}:
     * {@code withArrayFilter("hot", gt("qty", 5))} for {@code lines.$[hot].price}, {@code gt("", 80)} for elements
     * that are plain values.
     *
     * @param identifier a lower-case letter, then letters or digits (the server's rule); used by a change's path
     * @param condition the condition on one element
     * @return a new update
     * @throws IllegalArgumentException if the identifier is malformed, already has a filter, or no path uses it
     */
    public Update withArrayFilter(String identifier, Filter condition) {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(condition, "condition");
        if (!UpdatePaths.identifier(identifier)) {
            throw new IllegalArgumentException("an array filter identifier is a lower-case letter then letters or "
                    + "digits; got '" + identifier + "'");
        }
        if (arrayFilters.containsKey(identifier)) {
            throw new IllegalArgumentException("one array filter per identifier; '" + identifier + "' has one");
        }
        boolean used = changes.stream().anyMatch(change -> UpdatePaths.identifiers(change.path()).contains(identifier)
                || change instanceof Change.Rename rename
                        && UpdatePaths.identifiers(rename.newPath()).contains(identifier));
        if (!used) {
            throw new IllegalArgumentException("an array filter for an identifier a path uses; no path has $["
                    + identifier + "] (add the change first, e.g. set(\"lines.$[" + identifier + "].qty\", 0))");
        }
        SequencedMap<String, Filter> more = new LinkedHashMap<>(arrayFilters);
        more.put(identifier, condition);
        return new Update(changes, more);
    }

    /**
     * Returns the changes.
     *
     * @return the changes, in the order given
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * Returns the array filters.
     *
     * @return the condition of each identifier, in the order added; unmodifiable
     */
    public SequencedMap<String, Filter> arrayFilters() {
        return arrayFilters;
    }

    private static void requireNoConflict(List<Change> changes) {
        List<String> paths = new ArrayList<>();
        List<Change> owners = new ArrayList<>();
        for (Change change : Objects.requireNonNull(changes)) {
            paths.add(change.path());
            owners.add(change);
            if (change instanceof Change.Rename rename) {
                paths.add(rename.newPath());
                owners.add(change);
            }
        }
        for (int later = 1; later < paths.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                String one = paths.get(earlier);
                String other = paths.get(later);
                if (!UpdatePaths.conflict(one, other)) {
                    continue;
                }
                Change first = owners.get(earlier);
                Change second = owners.get(later);
                if (first == second) {
                    throw new IllegalArgumentException("a rename to a path outside the one renamed; '" + one
                            + "' renamed to '" + other + "'");
                }
                throw new IllegalArgumentException(one.equals(other)
                        ? "one change per path; '" + one + "' has two (" + name(first) + " and " + name(second) + ")"
                        : "changes on paths that do not overlap; '" + one + "' (" + name(first) + ") and '" + other
                                + "' (" + name(second) + ") do: the server refuses both in one update");
            }
        }
    }

    private static String name(Change change) {
        return switch (change) {
            case Change.Set set -> "set";
            case Change.SetOnInsert set -> "setOnInsert";
            case Change.Unset unset -> "unset";
            case Change.Inc inc -> "inc";
            case Change.Mul mul -> "mul";
            case Change.Min min -> "min";
            case Change.Max max -> "max";
            case Change.CurrentDate date -> "currentDate";
            case Change.Rename rename -> "rename";
            case Change.Push push -> "push";
            case Change.AddToSet add -> "addToSet";
            case Change.Pop pop -> "pop";
            case Change.Pull pull -> "pull";
            case Change.PullWhere pull -> "pullWhere";
            case Change.PullAll pull -> "pullAll";
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Update that && changes.equals(that.changes)
                && List.copyOf(arrayFilters.entrySet()).equals(List.copyOf(that.arrayFilters.entrySet()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(changes, arrayFilters);
    }

    @Override
    public String toString() {
        return "Update" + changes + (arrayFilters.isEmpty() ? "" : " with array filters " + arrayFilters);
    }
}
