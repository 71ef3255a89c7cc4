// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The findings of an audit programme and the corrective actions taken (the documented information of clause
 * 10.2), linked by id and checked: every finding names an audit of the programme and is not dated before it
 * starts; every corrective action names a finding that is a nonconformity.
 *
 * <p>Instances are immutable and thread-safe; {@link #with(Finding)} and {@link #with(CorrectiveAction)} return
 * new registers.
 *
 * @since 0.2
 */
public final class FindingRegister {
    private final AuditProgramme programme;
    private final Map<String, Finding> findings;
    private final Map<String, CorrectiveAction> actions;

    private FindingRegister(AuditProgramme programme, Map<String, Finding> findings,
            Map<String, CorrectiveAction> actions) {
        this.programme = programme;
        this.findings = Collections.unmodifiableMap(findings);
        this.actions = Collections.unmodifiableMap(actions);
    }

    /**
     * Creates a register.
     *
     * @param programme the audit programme, not null
     * @param findings the findings, unique ids
     * @param actions the corrective actions, unique ids
     * @return the register
     * @throws IllegalArgumentException naming a repeated id, a finding of an unknown audit or dated before it, or
     *         an action for an unknown finding or one that is not a nonconformity
     */
    public static FindingRegister of(AuditProgramme programme, Collection<Finding> findings,
            Collection<CorrectiveAction> actions) {
        Objects.requireNonNull(programme, "programme");
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (Finding f : findings) {
            unique(byId.put(f.id(), f) == null, "finding", f.id());
            Audit a = programme.find(f.auditId()).orElseThrow(() -> new IllegalArgumentException("finding "
                    + Checks.quote(f.id()) + " auditId must name an audit of programme " + Checks.quote(programme.id())
                    + " but was " + Checks.quote(f.auditId())));
            if (f.date().isBefore(a.start())) {
                throw new IllegalArgumentException("finding " + Checks.quote(f.id()) + " date must not be before the"
                        + " start of audit " + Checks.quote(a.id()) + " " + a.start() + " but was " + f.date());
            }
        }
        Map<String, CorrectiveAction> acts = new LinkedHashMap<>();
        for (CorrectiveAction c : actions) {
            unique(acts.put(c.id(), c) == null, "corrective action", c.id());
            Finding f = byId.get(c.findingId());
            if (f == null || !f.grade().isNonconformity()) {
                throw new IllegalArgumentException("corrective action " + Checks.quote(c.id()) + " findingId must name"
                        + " a nonconformity but " + Checks.quote(c.findingId()) + " is "
                        + (f == null ? "unknown" : f.grade().key()));
            }
        }
        return new FindingRegister(programme, byId, acts);
    }

    private static void unique(boolean first, String kind, String id) {
        if (!first) {
            throw new IllegalArgumentException(kind + " ids must be unique but " + Checks.quote(id) + " appears twice");
        }
    }

    /** {@return the audit programme} */
    public AuditProgramme programme() {
        return programme;
    }

    /** {@return the findings, in the order given} */
    public List<Finding> findings() {
        return List.copyOf(findings.values());
    }

    /** {@return the corrective actions, in the order given} */
    public List<CorrectiveAction> actions() {
        return List.copyOf(actions.values());
    }

    /**
     * Finds a finding.
     *
     * @param id the id, not null
     * @return the finding, or empty
     */
    public Optional<Finding> finding(String id) {
        return Optional.ofNullable(findings.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds a corrective action.
     *
     * @param id the id, not null
     * @return the action, or empty
     */
    public Optional<CorrectiveAction> action(String id) {
        return Optional.ofNullable(actions.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns a copy with a finding added, or replaced if one has its id.
     *
     * @param f the finding, not null
     * @return the new register
     * @throws IllegalArgumentException as {@link #of}
     */
    public FindingRegister with(Finding f) {
        Map<String, Finding> copy = new LinkedHashMap<>(findings);
        copy.put(f.id(), f);
        return of(programme, copy.values(), actions.values());
    }

    /**
     * Returns a copy with a corrective action added, or replaced if one has its id.
     *
     * @param c the action, not null
     * @return the new register
     * @throws IllegalArgumentException as {@link #of}
     */
    public FindingRegister with(CorrectiveAction c) {
        Map<String, CorrectiveAction> copy = new LinkedHashMap<>(actions);
        copy.put(c.id(), c);
        return of(programme, findings.values(), copy.values());
    }

    /**
     * Lists the findings of one audit.
     *
     * @param auditId the audit's id, not null
     * @return its findings, in order
     */
    public List<Finding> findingsOf(String auditId) {
        Objects.requireNonNull(auditId, "auditId");
        return findings(f -> f.auditId().equals(auditId));
    }

    /** {@return the major and minor nonconformities, in order} */
    public List<Finding> nonconformities() {
        return findings(f -> f.grade().isNonconformity());
    }

    /** {@return the nonconformities that have no corrective action yet} */
    public List<Finding> withoutAction() {
        return findings(f -> f.grade().isNonconformity()
                && actions.values().stream().noneMatch(c -> c.findingId().equals(f.id())));
    }

    private List<Finding> findings(Predicate<Finding> which) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings.values()) {
            if (which.test(f)) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the corrective actions overdue as of a day (see {@link CorrectiveAction#isOverdue(LocalDate)}).
     *
     * @param asOf the day, not null
     * @return the overdue actions, in order
     */
    public List<CorrectiveAction> overdue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<CorrectiveAction> out = new ArrayList<>();
        for (CorrectiveAction c : actions.values()) {
            if (c.isOverdue(asOf)) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the corrective actions overdue today.
     *
     * @param clock the clock giving today, not null
     * @return the overdue actions, in order
     */
    public List<CorrectiveAction> overdue(Clock clock) {
        return overdue(LocalDate.now(clock));
    }

    /**
     * Tells whether another register holds an equal programme and equal findings and corrective actions in the same
     * order.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FindingRegister)) {
            return false;
        }
        FindingRegister r = (FindingRegister) o;
        return programme.equals(r.programme) && findings().equals(r.findings()) && actions().equals(r.actions());
    }

    @Override
    public int hashCode() {
        return Objects.hash(programme, findings(), actions());
    }

    /** {@return the programme's id and the number of findings and corrective actions} */
    @Override
    public String toString() {
        return "FindingRegister[" + programme.id() + ", " + findings.size() + " findings, " + actions.size()
                + " corrective actions]";
    }

    /** {@return the corrective actions not closed, in order} */
    public List<CorrectiveAction> open() {
        List<CorrectiveAction> out = new ArrayList<>();
        for (CorrectiveAction c : actions.values()) {
            if (c.state() != ActionState.CLOSED) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
