// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

// Collects the problems of one document so that reading reports them all at once, in pointer order.
final class Problems {
    private final String resource;
    private final List<Problem> list = new ArrayList<>();

    Problems(String resource) {
        this.resource = resource;
    }

    String resource() {
        return resource;
    }

    void add(String pointer, String message) {
        list.add(new Problem(pointer, message));
    }

    int size() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws one exception listing every problem, if there are any. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            throw exception(null);
        }
    }

    FormatException exception(Throwable cause) {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Problem::location, Problems::comparePointers));
        FormatException e = new FormatException(resource, sorted);
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
