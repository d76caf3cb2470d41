package io.databridge.odm.bench.report;

import io.databridge.odm.bench.run.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's outputs into one directory (created if missing, files replaced): {@code report.md},
 * {@code results.csv} and one {@code speedup-<workload>-<document>.svg} per table.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes the files.
     *
     * @param directory the output directory
     * @param markdown the rendered markdown report
     * @param results the results
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path directory, String markdown, List<Result> results) throws IOException {
        Files.createDirectories(directory);
        var written = new ArrayList<Path>();
        written.add(Files.writeString(directory.resolve("report.md"), markdown, StandardCharsets.UTF_8));
        written.add(Files.writeString(directory.resolve("results.csv"), CsvReport.render(results),
                StandardCharsets.UTF_8));
        for (ResultTable table : ResultTable.of(results)) {
            Path chart = directory.resolve("speedup-" + table.workload() + "-" + table.document().label() + ".svg");
            written.add(Files.writeString(chart, SpeedupChart.render(table), StandardCharsets.UTF_8));
        }
        return written;
    }
}
