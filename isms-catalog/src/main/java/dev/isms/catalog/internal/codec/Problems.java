// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

// Collects the problems of one document so that reading reports them all at once, in pointer order, keeping at most
// the first JsonCodec.MAX_PROBLEMS (in that order) and counting the rest, so that memory and messages stay bounded
// however many problems a hostile document has.
final class Problems {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location,
            Problems::comparePointers);

    private final String resource;
    private final int max;
    private final List<Problem> list = new ArrayList<>();
    private int total;

    Problems(String resource) {
        this(resource, JsonCodec.MAX_PROBLEMS);
    }

    Problems(String resource, int max) {
        this.resource = resource;
        this.max = max;
    }

    String resource() {
        return resource;
    }

    void add(String pointer, String message) {
        list.add(new Problem(pointer, message));
        total++;
        if (list.size() >= 2 * max) {
            trim();
        }
    }

    /** {@return how many problems were found so far, reported or not} */
    int size() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** Throws one exception listing the problems, if there are any. */
    void throwIfAny() {
        if (total > 0) {
            throw exception(null);
        }
    }

    FormatException exception(Throwable cause) {
        trim();
        FormatException e = new FormatException(resource, list, total - list.size());
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private void trim() {
        list.sort(ORDER);
        if (list.size() > max) {
            list.subList(max, list.size()).clear();
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
