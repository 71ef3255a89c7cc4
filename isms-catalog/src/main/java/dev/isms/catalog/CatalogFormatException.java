// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a document (JSON, CSV) is malformed or breaks a rule: the input is wrong, not the library.
 *
 * <p>Reading collects every problem it can find in the document and throws once; {@link #problems()} lists
 * them, each with its location (a JSON pointer such as {@code /controls/17/title} or a CSV {@code line 12}).
 *
 * @since 0.1
 */
public class CatalogFormatException extends CatalogException {
    private static final long serialVersionUID = 1L;

    /** The name of the document, such as a file name or resource path. */
    private final String resource;
    /** The problems found, in document order; unmodifiable. */
    private final List<Problem> problems;

    /**
     * Creates an exception listing problems found in a document.
     *
     * @param resource the document's name, not null
     * @param problems the problems, not empty
     */
    public CatalogFormatException(String resource, List<Problem> problems) {
        super(message(resource, problems));
        this.resource = resource;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates an exception for a document that could not be read at all.
     *
     * @param resource the document's name, not null
     * @param problem the problem, not null
     * @param cause the underlying cause, may be {@code null}
     */
    public CatalogFormatException(String resource, Problem problem, Throwable cause) {
        super(message(resource, List.of(problem)), cause);
        this.resource = resource;
        this.problems = List.of(problem);
    }

    private static String message(String resource, List<Problem> problems) {
        Objects.requireNonNull(resource, "resource");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        StringBuilder sb = new StringBuilder(resource).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (Problem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }

    /** {@return the document's name} */
    public String resource() {
        return resource;
    }

    /** {@return every problem found, in document order} */
    public List<Problem> problems() {
        return problems;
    }

    /** {@return the location of the first problem, such as {@code /controls/3/id} or {@code line 4}} */
    public String location() {
        return problems.get(0).location();
    }

    /**
     * One problem in a document.
     *
     * @param location where: a JSON pointer ({@code /controls/3/id}) or {@code line N} for CSV; not null
     * @param message what is wrong, naming the value and the rule; not blank
     */
    public record Problem(String location, String message) {
        /**
         * Validates the components.
         *
         * @param location where the problem is, not null
         * @param message what is wrong, not blank
         */
        public Problem {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) {
                throw new IllegalArgumentException("problem message must not be blank");
            }
        }

        /** {@return {@code "location: message"}} */
        @Override
        public String toString() {
            return (location.isEmpty() ? "/" : location) + ": " + message;
        }
    }
}
