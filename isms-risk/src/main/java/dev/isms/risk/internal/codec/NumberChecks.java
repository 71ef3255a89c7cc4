// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;

// Number checks at a member's pointer, beside At's checks of texts, days and keys: each returns null for an absent
// value (Bean Validation reports a missing required one) or a bad one (reported here).
final class NumberChecks {
    private NumberChecks() {
    }

    /** {@return the number if finite}; JSON has no infinity, but a literal such as 1e999 overflows to one */
    static Double finite(Double value, At at, String member) {
        if (value == null) {
            return null;
        }
        if (!Double.isFinite(value)) {
            at.field(member).add("must be a finite number but overflows a double");
            return null;
        }
        return value;
    }

    /** {@return the number if within min..max} */
    static Double between(Double value, double min, double max, At at, String member) {
        Double v = finite(value, at, member);
        if (v != null && !(v >= min && v <= max)) {
            at.field(member).add("must be " + min + ".." + max + " but was " + v);
            return null;
        }
        return v;
    }

    /** {@return the integer if at least min} */
    static Integer atLeast(Integer value, int min, At at, String member) {
        if (value != null && value < min) {
            at.field(member).add("must be at least " + min + " but was " + value);
            return null;
        }
        return value;
    }
}
