// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.catalog.internal.codec.records.Keys;
import dev.isms.core.ControlRef;
import dev.isms.risk.ControlEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

// Maps a ControlEffect (a control in place for a scenario, or selected by a treatment) to EffectDto and back, the
// control reference checked against the document's catalogues at its pointer.
final class EffectMapping {
    private EffectMapping() {
    }

    static List<EffectDto> toDtos(List<ControlEffect> effects) {
        if (effects.isEmpty()) {
            return null;
        }
        List<EffectDto> out = new ArrayList<>(effects.size());
        for (ControlEffect e : effects) {
            out.add(new EffectDto(e.control().toString(), Keys.key(e.aspect()), e.effectiveness(),
                    e.rationale().orElse(null)));
        }
        return out;
    }

    /** {@return the effects of a list member}, or null after reporting a problem of one of them */
    static List<ControlEffect> toEffects(List<EffectDto> dtos, At at, String member, ControlCheck controls) {
        if (dtos == null) {
            return List.of();
        }
        At list = at.field(member);
        List<ControlEffect> out = new ArrayList<>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            if (dtos.get(i) == null) {
                continue; // a null item: Bean Validation reported it, so the document is refused
            }
            ControlEffect e = toEffect(dtos.get(i), list.index(i), controls);
            if (e != null) {
                out.add(e);
            }
        }
        return list.clean() ? out : null;
    }

    private static ControlEffect toEffect(EffectDto d, At at, ControlCheck controls) {
        ControlRef control = at.controlRef(d.control(), "control");
        if (control != null) {
            controls.check(control, at.field("control"));
        }
        ControlEffect.Aspect aspect = at.key(ControlEffect.Aspect.class, d.aspect(), "aspect");
        Double effectiveness = NumberChecks.between(d.effectiveness(), 0, 1, at, "effectiveness");
        String rationale = at.text(d.rationale(), "rationale");
        if (!at.clean() || control == null || aspect == null || effectiveness == null) {
            return null;
        }
        return at.build(() -> new ControlEffect(control, aspect, effectiveness, Optional.ofNullable(rationale)));
    }
}
