// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.internal.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The results of one group of a gap assessment summed up: a clause with its sub-clauses, a theme, or the controls
 * carrying one attribute value (such as {@code #Protect}).
 *
 * @param key the group's key: a clause id ({@code "6"}), a theme ({@code "organizational"}), an attribute tag
 *        ({@code "#Protect"}), or {@code "clauses"} / {@code "controls"} for the totals
 * @param label a readable name
 * @param counts how many results have each conformity, every conformity present (zero when none)
 * @param score the maturity score the scoring strategy gives the group, on the assessment's scale; empty when it
 *        has nothing to score
 * @since 0.2
 */
public record Rollup(String key, String label, Map<Conformity, Integer> counts, OptionalDouble score) {

    /**
     * Validates and copies the components.
     *
     * @param key the key, not blank
     * @param label the label, not blank
     * @param counts the counts, not negative; missing conformities count zero
     * @param score the score, or empty
     */
    public Rollup {
        Checks.notBlank(key, "rollup key");
        Checks.notBlank(label, "rollup " + Checks.quote(key) + " label");
        Map<Conformity, Integer> copy = new EnumMap<>(Conformity.class);
        for (Conformity c : Conformity.values()) {
            int n = counts.getOrDefault(c, 0);
            if (n < 0) {
                throw new IllegalArgumentException("rollup " + Checks.quote(key) + " count of " + c.key()
                        + " must not be negative but was " + n);
            }
            copy.put(c, n);
        }
        counts = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(score, "rollup score");
    }

    /**
     * Returns how many results have a conformity.
     *
     * @param conformity the conformity, not null
     * @return the count
     */
    public int count(Conformity conformity) {
        return counts.get(Objects.requireNonNull(conformity, "conformity"));
    }

    /** {@return how many results the group holds} */
    public int items() {
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }

    /** {@return how many results are assessed: conformant, partially or not conformant} */
    public int assessed() {
        return count(Conformity.CONFORMANT) + count(Conformity.PARTIALLY_CONFORMANT)
                + count(Conformity.NOT_CONFORMANT);
    }

    /** {@return how many results apply: every result except the not-applicable ones} */
    public int applicable() {
        return items() - count(Conformity.NOT_APPLICABLE);
    }
}
