/** Order statistics of benchmark samples: the median the reports use and the nearest-rank p90. */
package io.databridge.odm.bench.stats;
