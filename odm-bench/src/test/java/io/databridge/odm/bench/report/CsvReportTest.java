package io.databridge.odm.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    @Test
    void writesAHeaderAndOneRowPerResult() {
        assertEquals("""
                workload,document,contestant,n,median_ms,p90_ms,samples
                insert,user,hand-codec,10,0.100000,0.120000,21
                insert,user,morphia,10,0.200000,0.250000,21
                insert,user,hand-codec,1000,2.000000,2.200000,21
                insert,user,morphia,1000,3.000000,3.500000,21
                """, CsvReport.render(ReportFixtures.twoContestants()));
    }

    @Test
    void writesRowsOnlyForTheContestantsAndSizesAWorkloadRan() {
        String csv = CsvReport.render(ReportFixtures.partialWriteWorkload());
        assertEquals(11, csv.lines().count());
        assertEquals(List.of(
                "mixed-bulk,user,morphia,100,40.000000,44.000000,21",
                "mixed-bulk,user,data-bridge,100,20.000000,21.000000,21"),
                csv.lines().filter(line -> line.startsWith("mixed-bulk")).toList());
    }
}
