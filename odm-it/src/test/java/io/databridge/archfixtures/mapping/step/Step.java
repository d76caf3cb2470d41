package io.databridge.archfixtures.mapping.step;

import io.databridge.archfixtures.mapping.plan.Plan;

/**
 * The other half of the package cycle: a step knows the plan it belongs to.
 *
 * @param name the step's name
 */
public record Step(String name) {

    /**
     * Whether the plan holds this step.
     *
     * @param plan the plan
     * @return {@code true} if it does
     */
    public boolean isIn(Plan plan) {
        return plan.steps().contains(this);
    }
}
