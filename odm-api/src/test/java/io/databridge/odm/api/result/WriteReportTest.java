package io.databridge.odm.api.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A report accounts for every position, sparsely. */
class WriteReportTest {

    @Test
    void derivesEveryPositionsStatus() {
        WriteReport report = WriteReport.builder(10)
                .failed(new WriteError(7, 11000, "dup", new DuplicateKey("_id_", "{ _id: 7 }")))
                .failed(new WriteError(2, 121, "validation", null))
                .unknown(3, 5)
                .notAttempted(8, 10)
                .interruptedBy(new Interruption("socket closed", Set.of("RetryableWriteError"),
                        new IllegalStateException("x")))
                .build();

        assertEquals(List.of(PositionStatus.WRITTEN, PositionStatus.WRITTEN, PositionStatus.FAILED,
                PositionStatus.UNKNOWN, PositionStatus.UNKNOWN, PositionStatus.WRITTEN, PositionStatus.WRITTEN,
                PositionStatus.FAILED, PositionStatus.NOT_ATTEMPTED, PositionStatus.NOT_ATTEMPTED),
                IntStream.range(0, 10).mapToObj(report::status).toList());
        assertEquals(4, report.writtenCount());
        assertFalse(report.isComplete());
        assertEquals(List.of(2, 7), report.errors().stream().map(WriteError::position).toList());
        String description = report.describe();
        assertTrue(description.startsWith("4 of 10 written; 2 failed: position 2: validation (code 121); "
                + "position 7: duplicate key { _id: 7 } on index _id_ (code 11000)"), description);
        assertTrue(description.contains("not attempted: [8..9]") && description.contains("unknown (may have been "
                + "written): [3..4]") && description.contains("socket closed"), description);
    }

    @Test
    void aCompleteReportIsTiny() {
        WriteReport report = WriteReport.allWritten(50_000);

        assertTrue(report.isComplete());
        assertEquals(50_000, report.writtenCount());
        assertEquals(PositionStatus.WRITTEN, report.status(49_999));
        assertThrows(IndexOutOfBoundsException.class, () -> report.status(50_000));
    }

    @Test
    void refusesPositionsOutsideTheBatch() {
        WriteReport.Builder builder = WriteReport.builder(3);

        assertThrows(IndexOutOfBoundsException.class, () -> builder.failed(new WriteError(3, 1, "x", null)));
        assertThrows(IndexOutOfBoundsException.class, () -> builder.notAttempted(2, 4));
        assertThrows(IllegalArgumentException.class, () -> new WriteError(-1, 1, "x", null));
    }
}
