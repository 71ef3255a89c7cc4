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
        return new Mapping(ControlId.parse(sourceId), ControlId.parse(targetId), relationship, Optional.empty(),
                OptionalInt.empty());
    }

    /** {@return the same relationship seen from the target: source and target swapped, relationship inverted} */
    public Mapping inverse() {
        return new Mapping(targetId, sourceId, relationship.inverse(), rationale, strength);
    }
}
