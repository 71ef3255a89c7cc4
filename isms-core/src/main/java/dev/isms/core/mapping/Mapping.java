// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import dev.isms.core.ControlId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of a mapping: a source control, a target control and how they relate.
 *
 * @param sourceId the control in the source catalogue, such as {@code A.5.1.1}
 * @param targetId the control in the target catalogue, such as {@code 5.1}
 * @param relationship the NIST IR 8477 relationship from source to target
 * @param rationale the basis of the relationship, or empty
 * @param strength the strength of the relationship on an ordinal scale 0..10 (10 strongest), or empty
 * @since 0.1
 */
public record Mapping(ControlId sourceId, ControlId targetId, Relationship relationship,
        Optional<Rationale> rationale, OptionalInt strength) {

    /** The largest strength value. */
    public static final int MAX_STRENGTH = 10;

    /**
     * Validates the components.
     *
     * @param sourceId the control in the source catalogue, such as {@code A.5.1.1}
     * @param targetId the control in the target catalogue, such as {@code 5.1}
     * @param relationship the NIST IR 8477 relationship from source to target
     * @param rationale the basis of the relationship, or empty
     * @param strength the strength of the relationship on an ordinal scale 0..10 (10 strongest), or empty
     * @throws IllegalArgumentException if the strength is outside 0..10
     */
    public Mapping {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(strength, "strength");
        if (strength.isPresent() && (strength.getAsInt() < 0 || strength.getAsInt() > MAX_STRENGTH)) {
            throw new IllegalArgumentException("mapping strength must be 0.." + MAX_STRENGTH + " but was "
                    + strength.getAsInt());
        }
    }

    /**
     * Creates a mapping without rationale or strength.
     *
     * @param sourceId the source control id, such as {@code "A.5.1.1"}
     * @param targetId the target control id, such as {@code "5.1"}
     * @param relationship the relationship, not null
     * @return the mapping
     */
    public static Mapping of(String sourceId, String targetId, Relationship relationship) {
        return of(ControlId.parse(sourceId), ControlId.parse(targetId), relationship);
    }

    /**
     * Creates a mapping without rationale or strength; add them with {@link #withRationale(Rationale)} and
     * {@link #withStrength(int)}.
     *
     * @param sourceId the source control id, not null
     * @param targetId the target control id, not null
     * @param relationship the relationship, not null
     * @return the mapping
     */
    public static Mapping of(ControlId sourceId, ControlId targetId, Relationship relationship) {
        return new Mapping(sourceId, targetId, relationship, Optional.empty(), OptionalInt.empty());
    }

    /**
     * Returns a copy with a rationale.
     *
     * @param value the rationale, not null
     * @return the mapping with that rationale; {@code this} if unchanged
     */
    public Mapping withRationale(Rationale value) {
        Objects.requireNonNull(value, "rationale");
        return rationale.isPresent() && rationale.get() == value ? this
                : new Mapping(sourceId, targetId, relationship, Optional.of(value), strength);
    }

    /**
     * Returns a copy with a strength.
     *
     * @param value the strength, 0..{@value #MAX_STRENGTH}
     * @return the mapping with that strength; {@code this} if unchanged
     * @throws IllegalArgumentException if the strength is out of range
     */
    public Mapping withStrength(int value) {
        return strength.isPresent() && strength.getAsInt() == value ? this
                : new Mapping(sourceId, targetId, relationship, rationale, OptionalInt.of(value));
    }

    /** {@return the same relationship seen from the target: source and target swapped, relationship inverted} */
    public Mapping inverse() {
        return new Mapping(targetId, sourceId, relationship.inverse(), rationale, strength);
    }

    /** {@return the source, the relationship and the target, such as {@code "A.5.1.1 intersects-with 5.1"}} */
    @Override
    public String toString() {
        return sourceId + " " + relationship.key() + " " + targetId;
    }
}
