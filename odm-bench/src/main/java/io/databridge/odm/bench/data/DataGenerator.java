package io.databridge.odm.bench.data;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.bson.types.ObjectId;

/**
 * Generates look-alike benchmark data, deterministically from a seed.
 *
 * <p>Contract: for one seed, {@code users(n)} (and {@code rich(n)}) always returns the same values, and the
 * first {@code k} elements of {@code users(n)} equal {@code users(k)}; so every contestant and every batch size
 * sees the same documents. The {@code _id} of element {@code i} is the same for both kinds and unique for
 * {@code i < 2^24}. Instances are immutable and thread-safe.
 */
public final class DataGenerator {

    /** The seed of the default data set. */
    public static final long DEFAULT_SEED = 20_260_101L;

    private static final int ID_BASE_SECONDS = 1_767_225_600; // 2026-01-01T00:00:00Z
    private static final long CREATED_BASE_MILLIS = 1_735_689_600_000L; // 2025-01-01T00:00:00Z
    private static final long YEAR_MILLIS = 365L * 24 * 3600 * 1000;
    private static final int MAX_IDS = 1 << 24;

    private static final String[] FIRST_NAMES = {
        "Alice", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"
    };
    private static final String[] LAST_NAMES = {
        "Smith", "Rossi", "Novak", "Tanaka", "Silva", "Meyer", "Dubois", "Khan", "Larsen", "Moreau"
    };
    private static final String[] CITIES = {
        "New York", "London", "Tokyo", "Paris", "Berlin", "Sydney", "Toronto", "Madrid", "Seoul", "Lisbon"
    };
    private static final String[] STREETS = {"Main St", "Oak Ave", "Elm Rd", "Harbour Way", "Station Rd", "Mill Lane"};
    private static final String[] ADJECTIVES = {"Compact", "Deluxe", "Classic", "Smart", "Rugged", "Silent"};
    private static final String[] NOUNS = {"Lamp", "Kettle", "Backpack", "Speaker", "Chair", "Monitor"};
    private static final String[] TAGS = {
        "new", "sale", "eco", "gift", "limited", "bestseller", "outdoor", "home", "office", "kids"
    };

    private final long seed;
    private final byte[] idMiddle;

    /**
     * Creates a generator for one seed.
     *
     * @param seed the seed; {@link #DEFAULT_SEED} for the standard data set
     */
    public DataGenerator(long seed) {
        this.seed = seed;
        this.idMiddle = new byte[5];
        new SplittableRandom(seed).nextBytes(idMiddle);
    }

    /**
     * Generates the first {@code n} "user" records.
     *
     * @param n how many, {@code 0 <= n < 2^24}
     * @return a new, mutable list of {@code n} records
     */
    public List<User> users(int n) {
        checkCount(n);
        var random = new SplittableRandom(seed + 1);
        var users = new ArrayList<User>(n);
        for (int i = 0; i < n; i++) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            users.add(new User(
                    id(i),
                    first + " " + last,
                    (first + "." + last).toLowerCase(Locale.ROOT) + i + "@example.com",
                    random.nextInt(18, 81),
                    pick(random, CITIES),
                    random.nextInt(100_000) / 100.0,
                    random.nextBoolean()));
        }
        return users;
    }

    /**
     * Generates the first {@code n} "rich" records.
     *
     * @param n how many, {@code 0 <= n < 2^24}
     * @return a new, mutable list of {@code n} records
     */
    public List<Rich> rich(int n) {
        checkCount(n);
        var random = new SplittableRandom(seed + 2);
        var items = new ArrayList<Rich>(n);
        for (int i = 0; i < n; i++) {
            var address = new Address(
                    (1 + random.nextInt(9_999)) + " " + pick(random, STREETS),
                    pick(random, CITIES),
                    String.format(Locale.ROOT, "%05d", random.nextInt(100_000)));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("views", random.nextInt(1_000_000));
            counts.put("likes", random.nextInt(10_000));
            counts.put("shares", random.nextInt(1_000));
            items.add(new Rich(
                    id(i),
                    pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " " + i,
                    address,
                    List.of(pick(random, TAGS), pick(random, TAGS), pick(random, TAGS)),
                    counts,
                    Instant.ofEpochMilli(CREATED_BASE_MILLIS + random.nextLong(YEAR_MILLIS)),
                    BigDecimal.valueOf(random.nextLong(100, 1_000_000), 2)));
        }
        return items;
    }

    private ObjectId id(int index) {
        var bytes = ByteBuffer.allocate(12)
                .putInt(ID_BASE_SECONDS + index / 100)
                .put(idMiddle)
                .put((byte) (index >>> 16))
                .put((byte) (index >>> 8))
                .put((byte) index);
        return new ObjectId(bytes.array());
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void checkCount(int n) {
        if (n < 0 || n >= MAX_IDS) {
            throw new IllegalArgumentException("count must be in [0, 2^24): " + n);
        }
    }
}
