package io.databridge.odm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.databridge.odm.bench.data.DocumentKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsRunEverything() {
        var options = Options.parse(new String[0]);
        assertEquals(List.of(10, 100, 1_000, 10_000, 50_000), options.sizes());
        assertEquals(OptionalInt.empty(), options.rounds());
        assertEquals(List.of(DocumentKind.USER, DocumentKind.RICH), options.documents());
        assertEquals(Optional.empty(), options.contestants());
        assertEquals(Optional.empty(), options.workloads());
        assertEquals(Path.of("odm-bench/target/bench-results"), options.out());
    }

    @Test
    void quickIsASmallSmokeRunThatExplicitOptionsOverride() {
        var quick = Options.parse(new String[] {"--quick"});
        assertEquals(List.of(10, 100), quick.sizes());
        assertEquals(OptionalInt.of(3), quick.rounds());
        assertEquals(OptionalInt.of(2), quick.warmups());
        assertEquals(OptionalInt.of(5), Options.parse(new String[] {"--rounds=5", "--quick"}).rounds());
    }

    @Test
    void parsesListsAndValuesInBothForms() {
        var options = Options.parse(new String[] {
            "--sizes", "1_000,10", "--docs=rich", "--contestants", "morphia, hand-codec", "--workloads=find",
            "--out", "/tmp/x"});
        assertEquals(List.of(1_000, 10), options.sizes());
        assertEquals(List.of(DocumentKind.RICH), options.documents());
        assertEquals(Optional.of(List.of("morphia", "hand-codec")), options.contestants());
        assertEquals(Optional.of(List.of("find")), options.workloads());
        assertEquals(Path.of("/tmp/x"), options.out());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--bogus"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--rounds", "0"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--sizes"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--docs", "nested"}));
    }
}
