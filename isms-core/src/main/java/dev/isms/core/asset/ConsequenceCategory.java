// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.internal.Checks;
import java.util.Objects;

/**
 * A category in which a risk's consequence is judged: confidentiality, integrity, availability, or one the
 * organisation defines (legal, financial, reputation, safety...).
 *
 * @param id the key, lower case letters, digits and {@code -}, starting with a letter, such as {@code "legal"}
 * @since 0.1
 */
public record ConsequenceCategory(String id) implements Comparable<ConsequenceCategory> {
    /** Loss of confidentiality. */
    public static final ConsequenceCategory CONFIDENTIALITY = new ConsequenceCategory("confidentiality");
    /** Loss of integrity. */
    public static final ConsequenceCategory INTEGRITY = new ConsequenceCategory("integrity");
    /** Loss of availability. */
    public static final ConsequenceCategory AVAILABILITY = new ConsequenceCategory("availability");

    /**
     * Validates the id.
     *
     * @param id the key, not null
     * @throws IllegalArgumentException if the id is not 1..40 lower-case letters, digits and hyphens starting
     *         with a letter
     */
    public ConsequenceCategory {
        Objects.requireNonNull(id, "consequence category");
        boolean ok = !id.isEmpty() && id.length() <= 40 && id.charAt(0) >= 'a' && id.charAt(0) <= 'z';
        for (int i = 0; ok && i < id.length(); i++) {
            char c = id.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        }
        if (!ok) {
            throw new IllegalArgumentException("consequence category must be 1..40 lower-case letters, digits and"
                    + " '-', starting with a letter, but was " + Checks.quote(id));
        }
    }

    /**
     * Returns a category.
     *
     * @param id such as {@code "financial"}
     * @return the category
     */
    public static ConsequenceCategory of(String id) {
        return new ConsequenceCategory(id);
    }

    @Override
    public int compareTo(ConsequenceCategory other) {
        return id.compareTo(other.id);
    }

    /** {@return the id} */
    @Override
    public String toString() {
        return id;
    }
}
