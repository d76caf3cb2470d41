package io.databridge.archfixtures.mapping.plan;

import io.databridge.archfixtures.mapping.step.Step;
import java.util.List;

/**
 * Breaks the rule on package cycles inside a module, with {@link Step}: {@code plan} uses {@code step} and
 * {@code step} uses {@code plan}.
 *
 * @param steps the steps
 */
public record Plan(List<Step> steps) {

    /**
     * A plan of copied steps.
     *
     * @param steps the steps
     */
    public Plan {
        steps = List.copyOf(steps);
    }
}
