// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.UnknownIdException;
import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An internal audit programme (ISO/IEC 27001:2022 clause 9.2.2) over a cycle, usually the three-year
 * certification cycle: the audits planned or held, each starting and ending within the cycle, and what the
 * programme leaves uncovered.
 *
 * @param id the id; a one-line text
 * @param cycleStart the first day of the cycle
 * @param cycleEnd the last day of the cycle, after {@code cycleStart}
 * @param audits the audits, unique ids, in the order given
 * @since 0.2
 */
public record AuditProgramme(String id, LocalDate cycleStart, LocalDate cycleEnd, List<Audit> audits) {

    /**
     * Validates and copies the components.
     *
     * @param id the id, not blank
     * @param cycleStart the first day, not null
     * @param cycleEnd the last day, after {@code cycleStart}
     * @param audits the audits, unique ids, within the cycle
     * @throws IllegalArgumentException naming the programme, the field and the value
     */
    public AuditProgramme {
        Checks.notBlank(id, "audit programme id");
        String label = Values.label("audit programme", id);
        Objects.requireNonNull(cycleStart, label + " cycleStart");
        Values.notBefore(cycleEnd, cycleStart.plusDays(1), label + " cycleEnd", "the day after its cycleStart");
        audits = List.copyOf(audits);
        Set<String> ids = new HashSet<>();
        for (Audit a : audits) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException(label + " audits must have unique ids but " + Checks.quote(a.id())
                        + " appears twice");
            }
            if (a.start().isBefore(cycleStart) || a.end().isAfter(cycleEnd)) {
                throw new IllegalArgumentException(label + " audit " + Checks.quote(a.id()) + " must lie within the"
                        + " cycle " + cycleStart + ".." + cycleEnd + " but was " + a.start() + ".." + a.end());
            }
        }
    }

    /**
     * Finds an audit.
     *
     * @param auditId the id, not null
     * @return the audit, or empty
     */
    public Optional<Audit> find(String auditId) {
        Objects.requireNonNull(auditId, "auditId");
        for (Audit a : audits) {
            if (a.id().equals(auditId)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns an audit that must exist.
     *
     * @param auditId the id, not null
     * @return the audit
     * @throws UnknownIdException naming the id and the programme
     */
    public Audit require(String auditId) {
        return find(auditId).orElseThrow(() -> new UnknownIdException("audit", auditId,
                Values.label("audit programme", id)));
    }

    /**
     * Reports what the programme leaves uncovered: leaf clauses of the requirements that no audit's scope covers
     * (directly or through an ancestor clause), and applicable controls of the statement that no scope lists.
     *
     * @param requirements the requirements, such as ISO/IEC 27001:2022 clauses 4 to 10, not null
     * @param soa the Statement of Applicability whose applicable controls must be audited, not null
     * @return the coverage
     */
    public AuditCoverage coverage(RequirementSet requirements, StatementOfApplicability soa) {
        List<ControlId> clauses = new ArrayList<>();
        for (Requirement r : requirements.requirements()) {
            if (requirements.children(r.id().toString()).isEmpty() && audits.stream()
                    .noneMatch(a -> a.scope().covers(r.id()))) {
                clauses.add(r.id());
            }
        }
        List<ControlRef> controls = new ArrayList<>();
        for (SoaEntry e : soa.applicable()) {
            ControlRef ref = e.controlRef(soa.catalogId());
            if (audits.stream().noneMatch(a -> a.scope().covers(ref))) {
                controls.add(ref);
            }
        }
        return new AuditCoverage(clauses, controls);
    }
}
