// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import dev.isms.core.TextParseException;
import java.util.Objects;

/**
 * How a source control relates to a target control, in the set-theory vocabulary of NIST IR 8477 (section 4.3),
 * the same names the OSCAL mapping model uses.
 *
 * @since 0.1
 */
public enum Relationship {
    /** The source and the target have the same content. */
    EQUAL("equal"),
    /** The source is contained in the target. */
    SUBSET_OF("subset-of"),
    /** The source contains the target. */
    SUPERSET_OF("superset-of"),
    /** The source and the target overlap, neither containing the other. */
    INTERSECTS_WITH("intersects-with"),
    /** The source and the target are unrelated. */
    NO_RELATIONSHIP("no-relationship");

    private final String key;

    Relationship(String key) {
        this.key = key;
    }

    /** {@return the name in NIST IR 8477 and OSCAL, such as {@code "subset-of"}} */
    public String key() {
        return key;
    }

    /** {@return the relationship seen from the target: subset-of becomes superset-of and vice versa} */
    public Relationship inverse() {
        switch (this) {
            case SUBSET_OF:
                return SUPERSET_OF;
            case SUPERSET_OF:
                return SUBSET_OF;
            default:
                return this;
        }
    }

    /**
     * Composes two relationships along a path: if this relationship holds from A to B and {@code next} from B to C,
     * returns the relationship derived from A to C. The rule, a table in the class documentation of
     * {@link MappingChain}:
     * <ul>
     * <li>{@code no-relationship} absorbs: with it on either side, the result is {@code no-relationship};</li>
     * <li>{@code equal} is neutral: {@code equal.andThen(x)} and {@code x.andThen(equal)} are {@code x};</li>
     * <li>{@code subset-of} twice stays {@code subset-of} (A &sube; B &sube; C), {@code superset-of} twice stays
     * {@code superset-of};</li>
     * <li>any other pair, so {@code intersects-with} with anything but {@code no-relationship}, and
     * {@code subset-of} with {@code superset-of} in either order, gives {@code intersects-with}.</li>
     * </ul>
     * The result is never stronger than the weaker of the two, the operation is associative and commutative, and
     * {@code a.andThen(b).inverse()} equals {@code b.inverse().andThen(a.inverse())}. A derived
     * {@code intersects-with} says that A and C are related through B; unlike a stated one, it does not prove that
     * they overlap.
     *
     * @param next the relationship from B to C, not null
     * @return the relationship from A to C
     * @since 0.2
     */
    public Relationship andThen(Relationship next) {
        Objects.requireNonNull(next, "next");
        if (this == NO_RELATIONSHIP || next == NO_RELATIONSHIP) {
            return NO_RELATIONSHIP;
        }
        if (this == EQUAL || this == next) {
            return next;
        }
        return next == EQUAL ? this : INTERSECTS_WITH;
    }

    /**
     * Parses a relationship from its key ({@code "intersects-with"}), case-insensitively.
     *
     * @param text the key, not null
     * @return the relationship
     * @throws TextParseException if the text names no relationship
     */
    public static Relationship parse(String text) {
        Objects.requireNonNull(text, "relationship");
        for (Relationship r : values()) {
            if (r.key.equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw new TextParseException("relationship", text, 0, "must be one of equal, subset-of, superset-of,"
                + " intersects-with, no-relationship");
    }
}
