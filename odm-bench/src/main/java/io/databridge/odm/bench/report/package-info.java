/**
 * Turns results into the outputs: markdown tables (median ms per contestant and N, and the speedup of
 * data-bridge, or of the baseline standing in for it), a CSV with one row per workload, document,
 * contestant and N, and an SVG line chart of the speedup by N. Rendering is pure (strings in memory);
 * {@link io.databridge.odm.bench.report.ReportFiles} does the file writing.
 */
package io.databridge.odm.bench.report;
