package io.databridge.odm.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
