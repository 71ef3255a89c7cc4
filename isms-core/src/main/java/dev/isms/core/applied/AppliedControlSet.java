// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.applied;

import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.UnknownIdException;
import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation's applied controls, with unique ids, and the questions asked of them: which applied controls
 * realise a catalogue control, which treat a risk, which evidence has expired, which are overdue.
 *
 * <p>Look-ups by control are hash look-ups. Instances are immutable and thread-safe; {@link #with(AppliedControl)}
 * returns a new set.
 *
 * @since 0.2
 */
public final class AppliedControlSet {
    private final Map<String, AppliedControl> byId;
    private final Map<ControlRef, List<AppliedControl>> byControl = new HashMap<>();

    private AppliedControlSet(Map<String, AppliedControl> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        for (AppliedControl a : byId.values()) {
            for (ControlRef r : a.controls()) {
                byControl.computeIfAbsent(r, k -> new ArrayList<>()).add(a);
            }
        }
        byControl.replaceAll((k, v) -> List.copyOf(v));
    }

    /**
     * Creates a set.
     *
     * @param controls the applied controls, not null; ids must be unique
     * @return the set
     * @throws IllegalArgumentException naming a repeated id
     */
    public static AppliedControlSet of(Collection<AppliedControl> controls) {
        Map<String, AppliedControl> byId = new LinkedHashMap<>();
        for (AppliedControl a : controls) {
            if (byId.put(Objects.requireNonNull(a, "applied control").id(), a) != null) {
                throw new IllegalArgumentException("applied control set ids must be unique but " + Checks.quote(a.id())
                        + " appears twice");
            }
        }
        return new AppliedControlSet(byId);
    }

    /**
     * Creates a set.
     *
     * @param controls the applied controls; ids must be unique
     * @return the set
     */
    public static AppliedControlSet of(AppliedControl... controls) {
        return of(List.of(controls));
    }

    /** {@return the applied controls in insertion order} */
    public List<AppliedControl> controls() {
        return List.copyOf(byId.values());
    }

    /** {@return the number of applied controls} */
    public int size() {
        return byId.size();
    }

    /**
     * Finds an applied control.
     *
     * @param id the id, not null
     * @return the applied control, or empty
     */
    public Optional<AppliedControl> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns an applied control that must exist.
     *
     * @param id the id, not null
     * @return the applied control
     * @throws UnknownIdException naming the id if there is none
     */
    public AppliedControl require(String id) {
        return find(id).orElseThrow(() -> new UnknownIdException("applied control", id,
                "the applied control set (" + byId.size() + " applied controls)"));
    }

    /**
     * Returns a copy with an applied control added, or replaced if one has its id.
     *
     * @param control the applied control, not null
     * @return the new set
     */
    public AppliedControlSet with(AppliedControl control) {
        Map<String, AppliedControl> copy = new LinkedHashMap<>(byId);
        copy.put(Objects.requireNonNull(control, "control").id(), control);
        return new AppliedControlSet(copy);
    }

    /**
     * Lists the applied controls that realise a catalogue control.
     *
     * @param control the control, not null
     * @return those applied controls, in insertion order; empty if none
     */
    public List<AppliedControl> realising(ControlRef control) {
        return byControl.getOrDefault(Objects.requireNonNull(control, "control"), List.of());
    }

    /**
     * Lists the applied controls that treat a risk scenario.
     *
     * @param scenarioId the scenario's id, not null
     * @return those applied controls, in insertion order
     */
    public List<AppliedControl> treating(String scenarioId) {
        Objects.requireNonNull(scenarioId, "scenarioId");
        List<AppliedControl> out = new ArrayList<>();
        for (AppliedControl a : byId.values()) {
            if (a.treats(scenarioId)) {
                out.add(a);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists every piece of evidence that has expired as of a day, with the applied control citing it.
     *
     * @param asOf the day, not null
     * @return the expired evidence, applied control by applied control
     */
    public List<ExpiredEvidence> expiredEvidence(LocalDate asOf) {
        List<ExpiredEvidence> out = new ArrayList<>();
        for (AppliedControl a : byId.values()) {
            for (Evidence e : a.expiredEvidence(asOf)) {
                out.add(new ExpiredEvidence(a.id(), e));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the applied controls whose implementation is late (see {@link AppliedControl#isOverdue(LocalDate)}).
     *
     * @param asOf the day, not null
     * @return those applied controls, in insertion order
     */
    public List<AppliedControl> overdue(LocalDate asOf) {
        List<AppliedControl> out = new ArrayList<>();
        for (AppliedControl a : byId.values()) {
            if (a.isOverdue(asOf)) {
                out.add(a);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppliedControlSet && controls().equals(((AppliedControlSet) o).controls());
    }

    @Override
    public int hashCode() {
        return controls().hashCode();
    }

    /** {@return the number of applied controls} */
    @Override
    public String toString() {
        return "AppliedControlSet[" + byId.size() + " applied controls]";
    }
}
