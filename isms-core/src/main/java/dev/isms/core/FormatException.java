// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by every reader of the library (JSON, CSV, OSCAL; catalogues, risk documents, management-system records)
 * when a document is malformed or breaks a rule: the input is wrong, not the library.
 *
 * <p>Reading collects every problem it can find and throws once, with nothing half-built; {@link #problems()}
 * lists them in document order, each with its location. A reader reports at most a bounded number of problems;
 * {@link #omitted()} tells how many more it found and left out, so the message stays bounded.
 *
 * @since 0.2
 */
public class FormatException extends IsmsException {
    private static final long serialVersionUID = 1L;

    /** The name of the document, such as a file name or resource path. */
    private final String resource;
    /**
     * The problems reported, in document order; unmodifiable. Always a {@code List.of}/{@code List.copyOf} list,
     * which is serializable, of {@link Problem}s, which are too: the field's declared type cannot say so.
     */
    @SuppressWarnings("serial")
    private final List<Problem> problems;
    /** How many further problems were found and not reported. */
    private final int omitted;

    /**
     * Creates an exception listing problems found in a document.
     *
     * @param resource the document's name, not null
     * @param problems the problems, not empty
     */
    public FormatException(String resource, List<Problem> problems) {
        this(resource, problems, 0);
    }

    /**
     * Creates an exception listing some of the problems found in a document.
     *
     * @param resource the document's name, not null
     * @param problems the problems reported, not empty
     * @param omitted how many further problems were found and left out, at least 0
     */
    public FormatException(String resource, List<Problem> problems, int omitted) {
        super(message(resource, problems, omitted));
        this.resource = resource;
        this.problems = List.copyOf(problems);
        this.omitted = omitted;
    }

    /**
     * Creates an exception for a document that could not be read at all.
     *
     * @param resource the document's name, not null
     * @param problem the problem, not null
     * @param cause the underlying cause, may be {@code null}
     */
    public FormatException(String resource, Problem problem, Throwable cause) {
        super(message(resource, List.of(problem), 0), cause);
        this.resource = resource;
        this.problems = List.of(problem);
        this.omitted = 0;
    }

    private static String message(String resource, List<Problem> problems, int omitted) {
        Objects.requireNonNull(resource, "resource");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted must be >= 0 but was " + omitted);
        }
        int total = problems.size() + omitted;
        StringBuilder sb = new StringBuilder(Problem.safe(resource)).append(": ").append(total)
                .append(total == 1 ? " problem" : " problems");
        for (Problem p : problems) {
            sb.append("\n  ").append(p);
        }
        if (omitted > 0) {
            sb.append("\n  … and ").append(omitted).append(" more not reported");
        }
        return sb.toString();
    }

    /** {@return the document's name, such as a file name} */
    public String resource() {
        return resource;
    }

    /** {@return the problems reported, in document order; unmodifiable and never empty} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return how many further problems were found and not reported, 0 when all are listed} */
    public int omitted() {
        return omitted;
    }

    /** {@return the location of the first problem: a JSON pointer, a CSV line, or empty for the whole document} */
    public String location() {
        return problems.get(0).location();
    }
}
