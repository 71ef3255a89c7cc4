// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import dev.isms.core.ControlId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One way from a control of the first catalogue of a {@link MappingChain} to a control of the last: one mapping per
 * step, each starting at the control where the one before ends, such as
 * {@code A.10.1.1 -> 8.24 -> A.8.24 -> SC-12}.
 *
 * @param steps the mappings in order, at least one; each step's source is the previous step's target
 * @since 0.2
 */
public record MappingPath(List<Mapping> steps) {
    /**
     * Validates and copies the steps.
     *
     * @param steps the mappings, at least one, joined end to start
     * @throws IllegalArgumentException if there is no step or a step does not start where the previous one ends
     */
    public MappingPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("mapping path steps must hold at least one mapping but was empty");
        }
        for (int i = 1; i < steps.size(); i++) {
            ControlId end = steps.get(i - 1).targetId();
            if (!steps.get(i).sourceId().equals(end)) {
                throw new IllegalArgumentException("mapping path step " + (i + 1) + " must start at " + end
                        + ", where step " + i + " ends, but starts at " + steps.get(i).sourceId());
            }
        }
    }

    /**
     * Creates a path.
     *
     * @param steps the mappings, at least one, joined end to start
     * @return the path
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static MappingPath of(Mapping... steps) {
        return new MappingPath(List.of(steps));
    }

    /** {@return the control the path starts from, in the first catalogue} */
    public ControlId source() {
        return steps.get(0).sourceId();
    }

    /** {@return the control the path ends at, in the last catalogue} */
    public ControlId target() {
        return steps.get(steps.size() - 1).targetId();
    }

    /** {@return the controls passed on the way, one per catalogue between the first and the last} */
    public List<ControlId> via() {
        List<ControlId> out = new ArrayList<>(steps.size() - 1);
        for (int i = 1; i < steps.size(); i++) {
            out.add(steps.get(i).sourceId());
        }
        return List.copyOf(out);
    }

    /**
     * {@return the relationship from the source to the target: the steps' relationships composed with
     * {@link Relationship#andThen(Relationship)}, so never stronger than the weakest step}
     */
    public Relationship relationship() {
        Relationship r = Relationship.EQUAL;
        for (Mapping m : steps) {
            r = r.andThen(m.relationship());
        }
        return r;
    }

    /** {@return the path seen from its end: every step inverted, in reverse order} */
    public MappingPath inverse() {
        List<Mapping> out = new ArrayList<>(steps.size());
        for (int i = steps.size() - 1; i >= 0; i--) {
            out.add(steps.get(i).inverse());
        }
        return new MappingPath(out);
    }

    /** {@return the controls and the composed relationship, such as {@code "A.10.1.1 -> 8.24 (intersects-with)"}} */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(source());
        for (Mapping m : steps) {
            b.append(" -> ").append(m.targetId());
        }
        return b.append(" (").append(relationship().key()).append(')').toString();
    }

    static MappingPath extend(MappingPath path, Mapping next) {
        List<Mapping> out = new ArrayList<>(Objects.requireNonNull(path, "path").steps);
        out.add(next);
        return new MappingPath(out);
    }
}
