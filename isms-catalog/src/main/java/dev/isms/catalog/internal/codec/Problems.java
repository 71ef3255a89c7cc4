// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one document so that reading reports them all at once, in pointer order; shared by the
 * JSON codec and the OSCAL reader. It keeps at most the first {@value #MAX_PROBLEMS} problems (in pointer order)
 * and counts the rest as omitted, so that memory and messages stay bounded however many problems a hostile
 * document has.
 */
public final class Problems {
    /** The most problems one exception lists (the one definition; {@code CatalogJson.MAX_PROBLEMS} names it). */
    public static final int MAX_PROBLEMS = 100;

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location,
            Problems::comparePointers);

    private final String resource;
    private final List<Problem> list = new ArrayList<>();
    private int total;

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
        total++;
        if (list.size() >= 2 * MAX_PROBLEMS) {
            trim();
        }
    }

    /** {@return how many problems were found so far, reported or not} */
    public int size() {
        return total;
    }

    /** {@return true if no problem was found} */
    public boolean isEmpty() {
        return total == 0;
    }

    /** Throws one exception listing the problems, if there are any. */
    public void throwIfAny() {
        if (total > 0) {
            throw exception(null);
        }
    }

    /**
     * Builds the exception listing the problems in pointer order, the first {@value #MAX_PROBLEMS} of them, and
     * counting the rest as omitted.
     *
     * @param cause the underlying cause, or null
     * @return the exception
     */
    public FormatException exception(Throwable cause) {
        trim();
        FormatException e = new FormatException(resource, list, total - list.size());
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private void trim() {
        list.sort(ORDER);
        if (list.size() > MAX_PROBLEMS) {
            list.subList(MAX_PROBLEMS, list.size()).clear();
        }
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
        boolean na = isIndex(a);
        boolean nb = isIndex(b);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() >= 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
