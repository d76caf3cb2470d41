package io.databridge.odm.bench.report;

import io.databridge.odm.bench.contestant.ContestantRegistry;
import io.databridge.odm.bench.contestant.driver.HandCodecContestant;
import java.util.List;

/**
 * The contestant that ratios are taken against: data-bridge when it ran, otherwise {@code hand-codec},
 * otherwise the first contestant. A ratio is {@code contestant median / baseline median}, so for data-bridge it
 * reads as "data-bridge is that many times faster".
 *
 * @param contestant the baseline's name
 * @param isDataBridge whether the baseline is data-bridge itself
 */
public record Baseline(String contestant, boolean isDataBridge) {

    /**
     * Chooses the baseline of a line-up.
     *
     * @param contestants the contestants that ran, at least one
     * @return the baseline
     */
    public static Baseline of(List<String> contestants) {
        if (contestants.contains(ContestantRegistry.DATA_BRIDGE)) {
            return new Baseline(ContestantRegistry.DATA_BRIDGE, true);
        }
        return new Baseline(
                contestants.contains(HandCodecContestant.NAME) ? HandCodecContestant.NAME : contestants.getFirst(),
                false);
    }

    /**
     * A short heading for the ratio table or chart.
     *
     * @return "speedup of data-bridge" or e.g. "ratio to hand-codec"
     */
    public String heading() {
        return isDataBridge ? "speedup of data-bridge" : "ratio to " + contestant;
    }

    /**
     * How the ratios are computed, and why the baseline is not data-bridge when it is not.
     *
     * @return e.g. "contestant median / data-bridge median"
     */
    public String explanation() {
        return "contestant median / " + contestant + " median"
                + (isDataBridge ? "" : "; data-bridge is not registered");
    }

    /**
     * The heading with its explanation.
     *
     * @return e.g. "speedup of data-bridge (contestant median / data-bridge median)"
     */
    public String title() {
        return heading() + " (" + explanation() + ")";
    }
}
