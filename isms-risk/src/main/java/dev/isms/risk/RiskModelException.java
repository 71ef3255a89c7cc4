// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.IsmsException;
import dev.isms.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a risk model is inconsistent or a score cannot be produced: a register whose scenarios name unknown
 * assets, threats or controls, levels outside the criteria's scales, a duplicate id, a scoring request a method
 * rejects.
 *
 * <p>A register reports every problem it finds at once: {@link #problems()} lists them, each with a model path such
 * as {@code scenarios[R-7].likelihood} and a message naming the rule and quoting the value (at most about 100
 * characters of it). An exception about one thing (a scoring request, say) has no problems, only its message.
 *
 * @since 0.1
 */
public class RiskModelException extends IsmsException {
    private static final long serialVersionUID = 1L;
    /** How many problems the message lists before it says how many more there are. */
    private static final int LISTED = 20;

    /**
     * The problems found, in model order; unmodifiable, empty when the message says it all. Always a
     * {@code List.of}/{@code List.copyOf} list of {@link Problem}s, both serializable: the declared type cannot say so.
     */
    @SuppressWarnings("serial")
    private final List<Problem> problems;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the field, the value and the rule
     */
    public RiskModelException(String message) {
        super(message);
        this.problems = List.of();
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the field, the value and the rule
     * @param cause the underlying cause, may be {@code null}
     */
    public RiskModelException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /**
     * Creates an exception listing every problem found in a model.
     *
     * @param subject what was checked, such as {@code "risk register"}; not null
     * @param problems the problems, in model order; not empty
     * @throws IllegalArgumentException if there are no problems
     */
    public RiskModelException(String subject, List<Problem> problems) {
        super(message(subject, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String subject, List<Problem> problems) {
        Objects.requireNonNull(subject, "subject");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        StringBuilder b = new StringBuilder(subject).append(" is invalid (").append(problems.size())
                .append(problems.size() == 1 ? " problem)" : " problems)");
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            b.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > LISTED) {
            b.append("\n  … and ").append(problems.size() - LISTED).append(" more (see problems())");
        }
        return b.toString();
    }

    /**
     * {@return every problem found, in model order, each with its path (such as {@code scenarios[R-7].likelihood})
     * and a message naming the rule and the value; empty when this exception is about one thing its message names}
     */
    public List<Problem> problems() {
        return problems;
    }
}
