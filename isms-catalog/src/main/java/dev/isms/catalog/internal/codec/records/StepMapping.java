// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.audit.ActionStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

// Maps the five kinds of dev.isms.core.audit.ActionStep to one object whose "step" member names the kind and whose
// other members are the kind's own; a member another kind has is reported, not ignored.
final class StepMapping {
    private StepMapping() {
    }

    /** The keys of "step", and the members each kind has besides "step" and "date". */
    private enum Kind {
        RAISED(List.of()),
        CORRECTED(List.of("description")),
        CAUSE_ANALYSED(List.of("rootCause", "action")),
        IMPLEMENTED(List.of()),
        EFFECTIVENESS_REVIEWED(List.of("effective", "note"));

        private final List<String> members;

        Kind(List<String> members) {
            this.members = members;
        }
    }

    static StepDto toDto(ActionStep s) {
        if (s instanceof ActionStep.Corrected) {
            ActionStep.Corrected c = (ActionStep.Corrected) s;
            return new StepDto(Keys.key(Kind.CORRECTED), Dtos.day(c.date()), c.description(), null, null, null, null);
        }
        if (s instanceof ActionStep.CauseAnalysed) {
            ActionStep.CauseAnalysed c = (ActionStep.CauseAnalysed) s;
            return new StepDto(Keys.key(Kind.CAUSE_ANALYSED), Dtos.day(c.date()), null, c.rootCause(), c.action(), null,
                    null);
        }
        if (s instanceof ActionStep.EffectivenessReviewed) {
            ActionStep.EffectivenessReviewed r = (ActionStep.EffectivenessReviewed) s;
            return new StepDto(Keys.key(Kind.EFFECTIVENESS_REVIEWED), Dtos.day(r.date()), null, null, null,
                    r.effective(), r.note());
        }
        Kind k = s instanceof ActionStep.Raised ? Kind.RAISED : Kind.IMPLEMENTED;
        return new StepDto(Keys.key(k), Dtos.day(s.date()), null, null, null, null, null);
    }

    /** {@return the step}, or null after reporting its problems */
    static ActionStep toStep(StepDto d, At at) {
        Kind kind = at.key(Kind.class, d.step(), "step");
        LocalDate date = at.date(d.date(), "date");
        if (kind == null || date == null) {
            return null;
        }
        String description = at.text(d.description(), "description");
        String rootCause = at.text(d.rootCause(), "rootCause");
        String action = at.text(d.action(), "action");
        String note = at.text(d.note(), "note");
        checkMembers(d, kind, at);
        if (!at.clean()) {
            return null;
        }
        switch (kind) {
            case RAISED:
                return new ActionStep.Raised(date);
            case CORRECTED:
                return new ActionStep.Corrected(date, description);
            case CAUSE_ANALYSED:
                return new ActionStep.CauseAnalysed(date, rootCause, action);
            case IMPLEMENTED:
                return new ActionStep.Implemented(date);
            default:
                return new ActionStep.EffectivenessReviewed(date, d.effective(), note);
        }
    }

    /** Reports each member the kind lacks, and each it must not have. */
    private static void checkMembers(StepDto d, Kind kind, At at) {
        List<String> present = new ArrayList<>();
        if (d.description() != null) {
            present.add("description");
        }
        if (d.rootCause() != null) {
            present.add("rootCause");
        }
        if (d.action() != null) {
            present.add("action");
        }
        if (d.effective() != null) {
            present.add("effective");
        }
        if (d.note() != null) {
            present.add("note");
        }
        for (String m : kind.members) {
            if (!present.contains(m)) {
                at.field(m).add("is required for a '" + Keys.key(kind) + "' step but is missing");
            }
        }
        for (String m : present) {
            if (!kind.members.contains(m)) {
                at.field(m).add("is not a member of a '" + Keys.key(kind) + "' step (it has " + (kind.members.isEmpty()
                        ? "only step and date" : "step, date, " + String.join(", ", kind.members)) + ")");
            }
        }
    }
}
