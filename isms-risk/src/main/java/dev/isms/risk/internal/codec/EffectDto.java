// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A control in place or planned and its effect (dev.isms.risk.ControlEffect).
@JsonPropertyOrder({"control", "aspect", "effectiveness", "rationale"})
record EffectDto(
        @NotNull String control,
        @NotNull String aspect,
        @NotNull Double effectiveness,
        String rationale) {
}
