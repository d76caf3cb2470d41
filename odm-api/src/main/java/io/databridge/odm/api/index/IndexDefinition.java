package io.databridge.odm.api.index;

import io.databridge.odm.api.query.Filter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One declared index, in Java terms: its keys (Java paths, as filters name them), its name and options. Immutable and
 * validated whenever it is built, so a definition that exists is one the server can create:
 * <pre>{@code
 * IndexDefinition.ascending("lastName").thenDescending("age").unique()
 * IndexDefinition.of("lastName", "-age").named("by_name")
 * IndexDefinition.ascending("createdAt").expireAfter(Duration.ofDays(30))
 * IndexDefinition.ascending("email").partial(Filter.exists("email", true)).collation(Collation.of("en").withStrength(2))
 * }</pre>
 *
 * <p>A repository checks the paths against its entity's model and turns them into stored names when it is created (an
 * unknown path is a mapping problem naming the type and the path). Without a {@linkplain #named name} the index gets
 * the name MongoDB would give it, from its stored keys: {@code lastName_1_age_-1}.
 *
 * <p>Rules checked here: at least one key; no path twice; a path is not empty, has no empty segment and does not
 * start with {@code $}; at most one {@linkplain IndexDirection#HASHED hashed} key, and none in a unique index; a TTL
 * ({@link #expireAfter(Duration)}) only on an index of one ascending or descending key, in whole seconds from 0 to
 * {@value #MAX_TTL_SECONDS}; a partial filter and {@linkplain #sparse() sparse} not together (the server refuses
 * both); a name not empty, without NUL and not {@code _id_}. A violation is an {@link IllegalArgumentException}.
 */
public final class IndexDefinition {

    /** The longest TTL the server accepts, in seconds. */
    public static final long MAX_TTL_SECONDS = Integer.MAX_VALUE;

    /**
     * One key of an index.
     *
     * @param path the Java path ({@code lastName}, {@code address.city}, {@code lines.sku})
     * @param direction ascending, descending or hashed
     */
    public record Key(String path, IndexDirection direction) {

        /**
         * Validates.
         *
         * @param path a Java path: not empty, no empty segment, not starting with {@code $}
         * @param direction not null
         * @throws IllegalArgumentException for a malformed path
         */
        public Key {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(direction, "direction");
            if (path.isEmpty() || path.startsWith("$") || path.startsWith(".") || path.endsWith(".")
                    || path.contains("..")) {
                throw new IllegalArgumentException("an index key is a Java path such as \"lastName\" or "
                        + "\"address.city\": not empty, no empty segment, not starting with $; got \"" + path + "\"");
            }
        }
    }

    private final List<Key> keys;
    private final @Nullable String name;
    private final boolean unique;
    private final boolean sparse;
    private final @Nullable Filter partialFilter;
    private final @Nullable Duration expireAfter;
    private final @Nullable Collation collation;

    private IndexDefinition(List<Key> keys, @Nullable String name, boolean unique, boolean sparse,
            @Nullable Filter partialFilter, @Nullable Duration expireAfter, @Nullable Collation collation) {
        this.keys = List.copyOf(keys);
        this.name = name;
        this.unique = unique;
        this.sparse = sparse;
        this.partialFilter = partialFilter;
        this.expireAfter = expireAfter;
        this.collation = collation;
        validate();
    }

    private void validate() {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one key");
        }
        Set<String> paths = new HashSet<>();
        int hashed = 0;
        for (Key key : keys) {
            if (!paths.add(key.path())) {
                throw new IllegalArgumentException("the path \"" + key.path() + "\" appears twice in the index "
                        + describeKeys() + "; an index names each path once");
            }
            hashed += key.direction() == IndexDirection.HASHED ? 1 : 0;
        }
        if (hashed > 1) {
            throw new IllegalArgumentException("at most one hashed key per index: " + describeKeys());
        }
        if (hashed > 0 && unique) {
            throw new IllegalArgumentException("a hashed index cannot be unique: " + describeKeys());
        }
        if (expireAfter != null) {
            if (keys.size() != 1 || keys.get(0).direction() == IndexDirection.HASHED) {
                throw new IllegalArgumentException("a TTL (expireAfter) needs an index of exactly one ascending or "
                        + "descending key (a date field), not " + describeKeys());
            }
            if (expireAfter.isNegative() || expireAfter.getNano() != 0 || expireAfter.getSeconds() > MAX_TTL_SECONDS) {
                throw new IllegalArgumentException("a TTL is whole seconds from 0 to " + MAX_TTL_SECONDS + ", not "
                        + expireAfter);
            }
        }
        if (partialFilter != null && sparse) {
            throw new IllegalArgumentException("an index is partial or sparse, not both (the server refuses both): "
                    + describeKeys());
        }
        if (name != null && (name.isEmpty() || name.indexOf('\0') >= 0 || name.equals("_id_"))) {
            throw new IllegalArgumentException("an index name must not be empty, contain NUL or be _id_ (the id's "
                    + "own index): \"" + name + "\"");
        }
    }

    /**
     * Starts an index on one ascending key.
     *
     * @param path the Java path
     * @return the definition
     */
    public static IndexDefinition ascending(String path) {
        return of(List.of(new Key(path, IndexDirection.ASCENDING)));
    }

    /**
     * Starts an index on one descending key.
     *
     * @param path the Java path
     * @return the definition
     */
    public static IndexDefinition descending(String path) {
        return of(List.of(new Key(path, IndexDirection.DESCENDING)));
    }

    /**
     * Starts an index on one hashed key.
     *
     * @param path the Java path
     * @return the definition
     */
    public static IndexDefinition hashed(String path) {
        return of(List.of(new Key(path, IndexDirection.HASHED)));
    }

    /**
     * Starts an index on keys written as {@link io.databridge.odm.api.annotation.CompoundIndex} writes them: a path is
     * ascending, or descending with a leading {@code -} ({@code "lastName", "-age"}); a leading {@code +} is allowed.
     *
     * @param keys at least one
     * @return the definition
     * @throws IllegalArgumentException for no key, or a malformed or repeated path
     */
    public static IndexDefinition of(String... keys) {
        List<Key> parsed = new ArrayList<>(keys.length);
        for (String key : keys) {
            parsed.add(parseKey(key));
        }
        return of(parsed);
    }

    /**
     * Starts an index on keys.
     *
     * @param keys at least one, most significant first
     * @return the definition
     */
    public static IndexDefinition of(List<Key> keys) {
        return new IndexDefinition(keys, null, false, false, null, null, null);
    }

    /**
     * Reads one key in the string form of {@link #of(String...)}.
     *
     * @param key {@code path}, {@code +path} or {@code -path}
     * @return the key
     * @throws IllegalArgumentException for a malformed path
     */
    public static Key parseKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.startsWith("-")) {
            return new Key(key.substring(1), IndexDirection.DESCENDING);
        }
        return new Key(key.startsWith("+") ? key.substring(1) : key, IndexDirection.ASCENDING);
    }

    /**
     * Adds a less significant ascending key.
     *
     * @param path the Java path
     * @return a new definition
     */
    public IndexDefinition thenAscending(String path) {
        return then(new Key(path, IndexDirection.ASCENDING));
    }

    /**
     * Adds a less significant descending key.
     *
     * @param path the Java path
     * @return a new definition
     */
    public IndexDefinition thenDescending(String path) {
        return then(new Key(path, IndexDirection.DESCENDING));
    }

    /**
     * Adds a less significant hashed key.
     *
     * @param path the Java path
     * @return a new definition
     */
    public IndexDefinition thenHashed(String path) {
        return then(new Key(path, IndexDirection.HASHED));
    }

    private IndexDefinition then(Key key) {
        List<Key> more = new ArrayList<>(keys);
        more.add(key);
        return new IndexDefinition(more, name, unique, sparse, partialFilter, expireAfter, collation);
    }

    /**
     * Names the index (instead of the name MongoDB would derive from its stored keys).
     *
     * @param indexName not empty, not {@code _id_}
     * @return a new definition
     */
    public IndexDefinition named(String indexName) {
        return new IndexDefinition(keys, Objects.requireNonNull(indexName, "indexName"), unique, sparse,
                partialFilter, expireAfter, collation);
    }

    /**
     * Makes the index unique: no two documents may hold the same key values (a document without the fields counts as
     * holding null, unless the index is sparse or partial).
     *
     * @return a new definition
     */
    public IndexDefinition unique() {
        return unique(true);
    }

    /**
     * Sets whether the index is unique.
     *
     * @param isUnique whether it is
     * @return a new definition
     */
    public IndexDefinition unique(boolean isUnique) {
        return new IndexDefinition(keys, name, isUnique, sparse, partialFilter, expireAfter, collation);
    }

    /**
     * Makes the index sparse: documents without the indexed fields are left out of it.
     *
     * @return a new definition
     */
    public IndexDefinition sparse() {
        return sparse(true);
    }

    /**
     * Sets whether the index is sparse.
     *
     * @param isSparse whether it is
     * @return a new definition
     */
    public IndexDefinition sparse(boolean isSparse) {
        return new IndexDefinition(keys, name, unique, isSparse, partialFilter, expireAfter, collation);
    }

    /**
     * Makes the index partial: only documents the filter matches are indexed (and, for a unique index, must be
     * unique). The filter's paths are checked and its values converted like a query's; the server accepts only
     * equality, {@code exists}, comparisons, {@code type}, and a top-level {@code and} of those.
     *
     * @param filter the filter, not {@code null}
     * @return a new definition
     */
    public IndexDefinition partial(Filter filter) {
        return new IndexDefinition(keys, name, unique, sparse, Objects.requireNonNull(filter, "filter"), expireAfter,
                collation);
    }

    /**
     * Makes a TTL index: the server deletes a document once the date in the (single) key field is older than the
     * duration. Needs exactly one ascending or descending key on a date field.
     *
     * @param ttl whole seconds, from 0 to {@value #MAX_TTL_SECONDS}
     * @return a new definition
     */
    public IndexDefinition expireAfter(Duration ttl) {
        return new IndexDefinition(keys, name, unique, sparse, partialFilter, Objects.requireNonNull(ttl, "ttl"),
                collation);
    }

    /**
     * Sets the language rules the index compares strings by; only queries with the same collation can use it.
     *
     * @param rules the collation
     * @return a new definition
     */
    public IndexDefinition collation(Collation rules) {
        return new IndexDefinition(keys, name, unique, sparse, partialFilter, expireAfter,
                Objects.requireNonNull(rules, "rules"));
    }

    /**
     * Returns the keys.
     *
     * @return the keys, most significant first; at least one
     */
    public List<Key> keys() {
        return keys;
    }

    /**
     * Returns the name given with {@link #named}.
     *
     * @return the name, or {@code null} for the name MongoDB derives from the stored keys
     */
    public @Nullable String name() {
        return name;
    }

    /**
     * Tells whether the index is unique.
     *
     * @return {@code true} if unique
     */
    public boolean isUnique() {
        return unique;
    }

    /**
     * Tells whether the index is sparse.
     *
     * @return {@code true} if sparse
     */
    public boolean isSparse() {
        return sparse;
    }

    /**
     * Returns the partial filter.
     *
     * @return the filter, or {@code null} for an index of every document
     */
    public @Nullable Filter partialFilter() {
        return partialFilter;
    }

    /**
     * Returns the TTL.
     *
     * @return the duration after which documents expire, or {@code null} for no TTL
     */
    public @Nullable Duration expireAfter() {
        return expireAfter;
    }

    /**
     * Returns the collation.
     *
     * @return the collation, or {@code null} for the collection's default
     */
    public @Nullable Collation collation() {
        return collation;
    }

    /**
     * Describes the keys as the server writes a key pattern, with Java paths.
     *
     * @return e.g. {@code {lastName: 1, age: -1}}
     */
    public String describeKeys() {
        StringBuilder text = new StringBuilder("{");
        for (Key key : keys) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(key.path()).append(": ").append(switch (key.direction()) {
                case ASCENDING -> "1";
                case DESCENDING -> "-1";
                case HASHED -> "\"hashed\"";
            });
        }
        return text.append('}').toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexDefinition that && keys.equals(that.keys) && Objects.equals(name, that.name)
                && unique == that.unique && sparse == that.sparse && Objects.equals(partialFilter, that.partialFilter)
                && Objects.equals(expireAfter, that.expireAfter) && Objects.equals(collation, that.collation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keys, name, unique, sparse, partialFilter, expireAfter, collation);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Index").append(describeKeys());
        if (name != null) {
            text.append(" named ").append(name);
        }
        if (unique) {
            text.append(" unique");
        }
        if (sparse) {
            text.append(" sparse");
        }
        if (partialFilter != null) {
            text.append(" partial ").append(partialFilter);
        }
        if (expireAfter != null) {
            text.append(" expireAfter ").append(expireAfter);
        }
        if (collation != null) {
            text.append(" collation ").append(collation.describe());
        }
        return text.toString();
    }
}
