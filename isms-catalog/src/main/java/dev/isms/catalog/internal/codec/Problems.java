// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one document so that reading reports them all at once, in pointer order; shared by the
 * JSON codec and the OSCAL reader. An exception lists at most {@value #MAX_REPORTED} problems and counts the rest as
 * omitted, so that its message stays bounded.
 */
public final class Problems {
    /** The most problems one exception lists. */
    public static final int MAX_REPORTED = 100;

    private final String resource;
    private final List<Problem> list = new ArrayList<>();

    /**
     * Starts an empty collection.
     *
     * @param resource the document's name for the exception
     */
    public Problems(String resource) {
        this.resource = resource;
    }

    /** {@return the document's name} */
    public String resource() {
        return resource;
    }

    /**
     * Adds a problem.
     *
     * @param pointer the JSON pointer of the offending value, empty for the whole document
     * @param message what is wrong
     */
    public void add(String pointer, String message) {
        list.add(new Problem(pointer, message));
    }

    /** {@return the number of problems collected} */
    public int size() {
        return list.size();
    }

    /** {@return true if no problem was collected} */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws one exception listing every problem, if there are any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw exception(null);
        }
    }

    /**
     * Builds the exception listing the problems in pointer order, the first {@value #MAX_REPORTED} of them.
     *
     * @param cause the underlying cause, or null
     * @return the exception
     */
    public FormatException exception(Throwable cause) {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Problem::location, Problems::comparePointers));
        int omitted = Math.max(0, sorted.size() - MAX_REPORTED);
        FormatException e = new FormatException(resource, sorted.subList(0, sorted.size() - omitted), omitted);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** Orders pointers segment by segment: indexes numerically and before names, names alphabetically. */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegments(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegments(String a, String b) {
        boolean na = !a.isEmpty() && a.length() < 10 && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.length() < 10 && b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
