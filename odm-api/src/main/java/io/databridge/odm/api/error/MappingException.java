package io.databridge.odm.api.error;

import java.io.Serial;
import java.util.List;

/**
 * A type cannot be mapped. Raised when its model is first built, before any of its entities is touched, and listing
 * every problem of the type (and of the types it embeds) at once, so one run shows all there is to fix.
 */
public final class MappingException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Class<?> type;
    private final transient List<MappingProblem> problems;

    /**
     * Creates the error.
     *
     * @param type the type that cannot be mapped
     * @param problems every problem found, not empty
     */
    public MappingException(Class<?> type, List<MappingProblem> problems) {
        super(message(type, problems));
        this.type = type;
        this.problems = List.copyOf(problems);
    }

    private static String message(Class<?> type, List<MappingProblem> problems) {
        StringBuilder text = new StringBuilder("Cannot map ").append(type.getName()).append(": ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (MappingProblem problem : problems) {
            text.append(System.lineSeparator()).append("  - ").append(problem.describe());
        }
        return text.toString();
    }

    /**
     * Returns the type that cannot be mapped.
     *
     * @return the type
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, not empty
     */
    public List<MappingProblem> problems() {
        return problems;
    }
}
