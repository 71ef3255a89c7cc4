// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// A risk treatment (dev.isms.risk.register.RiskTreatment).
@JsonPropertyOrder({"id", "scenarioId", "option", "controls", "owner", "due", "status", "appliedControls"})
record TreatmentDto(
        @NotNull String id,
        @NotNull String scenarioId,
        @NotNull String option,
        List<@NotNull @Valid EffectDto> controls,
        String owner,
        String due,
        @NotNull String status,
        List<@NotNull String> appliedControls) {
}
