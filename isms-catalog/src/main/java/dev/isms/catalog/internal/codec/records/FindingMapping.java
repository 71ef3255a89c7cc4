// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.audit.ActionState;
import dev.isms.core.audit.ActionStep;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingGrade;
import dev.isms.core.audit.FindingSubject;
import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

// Maps the findings and corrective actions of dev.isms.core.audit.FindingRegister and back. A finding names its
// audit, an action its finding, by id; both are checked at their pointers, and an action's steps are replayed so
// that a step out of order is reported where it is.
final class FindingMapping {
    private FindingMapping() {
    }

    static FindingDto toDto(Finding f) {
        FindingSubject s = f.subject();
        SubjectDto subject = s instanceof FindingSubject.ClauseSubject
                ? new SubjectDto(((FindingSubject.ClauseSubject) s).clause().toString(), null, null)
                : s instanceof FindingSubject.ControlSubject
                ? new SubjectDto(null, ((FindingSubject.ControlSubject) s).control().toString(), null)
                : new SubjectDto(null, null, ((FindingSubject.AppliedControlSubject) s).appliedControlId());
        return new FindingDto(f.id(), f.auditId(), f.grade().key(), subject, f.statement(), Dtos.day(f.date()));
    }

    static ActionDto toDto(CorrectiveAction a) {
        return new ActionDto(a.id(), a.findingId(), a.owner(), Dtos.day(a.due()), Dtos.list(a.steps(),
                StepMapping::toDto));
    }

    static Finding toFinding(FindingDto d, At at, String programmeId, Map<String, LocalDate> auditStarts) {
        String id = at.name(d.id(), "id");
        String auditId = at.name(d.audit(), "audit");
        if (auditId != null && !auditStarts.containsKey(auditId)) {
            at.field("audit").add("must name an audit of programme " + Checks.quote(programmeId) + " but was "
                    + Checks.quote(auditId));
        }
        LocalDate start = auditId == null ? null : auditStarts.get(auditId);
        FindingGrade grade = at.key(FindingGrade.class, d.grade(), "grade");
        FindingSubject subject = d.subject() == null ? null : subject(d.subject(), at.field("subject"));
        String statement = at.text(d.statement(), "statement");
        LocalDate date = at.date(d.date(), "date");
        if (date != null && start != null && date.isBefore(start)) {
            at.field("date").add("must not be before the start of audit " + Checks.quote(auditId) + " " + start
                    + " but was " + date);
        }
        if (!at.clean() || id == null || auditId == null || grade == null || subject == null || statement == null
                || date == null) {
            return null;
        }
        return at.build(() -> new Finding(id, auditId, grade, subject, statement, date));
    }

    private static FindingSubject subject(SubjectDto d, At at) {
        int given = (d.clause() == null ? 0 : 1) + (d.control() == null ? 0 : 1) + (d.appliedControl() == null ? 0 : 1);
        if (given != 1) {
            at.add("must name exactly one of clause, control, appliedControl but named " + given);
            return null;
        }
        ControlId clause = at.controlId(d.clause(), "clause");
        ControlRef control = at.controlRef(d.control(), "control");
        String applied = at.name(d.appliedControl(), "appliedControl");
        return clause != null ? new FindingSubject.ClauseSubject(clause) : control != null
                ? new FindingSubject.ControlSubject(control) : applied != null
                ? new FindingSubject.AppliedControlSubject(applied) : null;
    }

    static CorrectiveAction toAction(ActionDto d, At at, Map<String, String> findingGrades) {
        String id = at.name(d.id(), "id");
        String findingId = at.name(d.finding(), "finding");
        FindingGrade grade = findingId == null ? null : Keys.find(FindingGrade.class, findingGrades.get(findingId));
        if (findingId != null && !findingGrades.containsKey(findingId)) {
            at.field("finding").add("must name a finding of the document but was " + Checks.quote(findingId));
        } else if (grade != null && !grade.isNonconformity()) {
            at.field("finding").add("must name a nonconformity but " + Checks.quote(findingId) + " is " + grade.key());
        }
        String owner = at.name(d.owner(), "owner");
        LocalDate due = at.date(d.due(), "due");
        List<ActionStep> steps = steps(Dtos.orEmpty(d.steps()), at.field("steps"));
        if (due != null && steps != null && !steps.isEmpty() && due.isBefore(steps.get(0).date())) {
            at.field("due").add("must not be before the day it was raised " + steps.get(0).date() + " but was " + due);
        }
        if (!at.clean() || id == null || findingId == null || owner == null || due == null || steps == null) {
            return null;
        }
        return at.build(() -> new CorrectiveAction(id, findingId, owner, due, steps));
    }

    /** Replays the steps so that one out of order or back in time is reported at its pointer. */
    private static List<ActionStep> steps(List<StepDto> dtos, At list) {
        List<ActionStep> out = new ArrayList<>();
        ActionState state = ActionState.OPEN;
        for (int i = 0; i < dtos.size(); i++) {
            At item = list.index(i);
            ActionStep s = dtos.get(i) == null ? null : StepMapping.toStep(dtos.get(i), item);
            if (s == null) {
                return null;
            }
            if ((i == 0) != (s instanceof ActionStep.Raised)) {
                item.field("step").add(i == 0 ? "the first step must be 'raised' but was " + Checks.quote(
                        dtos.get(i).step()) : "'raised' is only allowed as the first step");
                return null;
            }
            if (i > 0 && s.date().isBefore(out.get(i - 1).date())) {
                item.field("date").add("must not be before the previous step's " + out.get(i - 1).date() + " but was "
                        + s.date());
                return null;
            }
            ActionState before = state;
            state = i == 0 ? state : item.build(() -> s.next(before));
            if (state == null) {
                return null;
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            list.add("must start with a 'raised' step but was empty");
            return null;
        }
        return out;
    }
}
