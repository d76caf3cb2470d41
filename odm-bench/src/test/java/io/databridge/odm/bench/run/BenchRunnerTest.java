package io.databridge.odm.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.bench.TestServer;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.ContestantRegistry;
import io.databridge.odm.bench.contestant.driver.DriverDocumentContestant;
import io.databridge.odm.bench.contestant.driver.FloorRawBsonContestant;
import io.databridge.odm.bench.contestant.driver.HandCodecContestant;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.workload.InsertWorkload;
import io.databridge.odm.bench.workload.MixedBulkWorkload;
import io.databridge.odm.bench.workload.SaveAllWorkload;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BenchRunnerTest {

    private static TestServer server;
    private static BenchTarget target;

    @BeforeAll
    static void startServer() {
        server = TestServer.start("runner_test");
        target = server.target();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void runsAWriteWorkloadWithTheContestantsThatTakePartAndSkipsSizesOutsideItsRange() {
        var registry = ContestantRegistry.standard();
        List<Contestant> contestants = List.of(FloorRawBsonContestant.NAME, HandCodecContestant.NAME,
                DriverDocumentContestant.NAME).stream().map(registry::create).toList();
        contestants.forEach(contestant -> contestant.setUp(target));
        var progress = new ByteArrayOutputStream();
        var plan = new Plan(List.of(10, 100), OptionalInt.of(2), OptionalInt.of(0));

        List<Result> results = new BenchRunner(target, contestants, plan,
                new DataGenerator(DataGenerator.DEFAULT_SEED), new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run(List.of(new InsertWorkload(), new MixedBulkWorkload(), new SaveAllWorkload()),
                        List.of(DocumentKind.USER, DocumentKind.RICH));

        assertEquals(List.of(
                "insert user floor-rawbson 10", "insert user hand-codec 10", "insert user driver-document 10",
                "insert user floor-rawbson 100", "insert user hand-codec 100", "insert user driver-document 100",
                "mixed-bulk user driver-document 100",
                "save-all user driver-document 100",
                "insert rich floor-rawbson 10", "insert rich hand-codec 10", "insert rich driver-document 10",
                "insert rich floor-rawbson 100", "insert rich hand-codec 100", "insert rich driver-document 100"),
                results.stream().map(r -> r.workload() + " " + r.document().label() + " " + r.contestant() + " "
                        + r.n()).toList());
        assertTrue(results.stream().allMatch(r -> r.summary().samples() == 2 && r.summary().median() > 0));
        String lines = progress.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("[mixed-bulk user N=10] skipped: no contestant takes part"), lines);
        assertTrue(lines.contains("[mixed-bulk user N=100] 1 of 3 contestants take part: driver-document"), lines);
        assertTrue(lines.contains("[mixed-bulk rich N=100] skipped"), lines);
        assertTrue(lines.contains("[insert user N=100] correctness gate passed: 3 contestants"), lines);
        assertTrue(!lines.contains("[mixed-bulk user N=100] correctness gate"), lines);
    }
}
