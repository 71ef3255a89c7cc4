// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A band of likelihood x consequence values and its risk level.
@JsonPropertyOrder({"level", "min", "max"})
record BandDto(
        @NotNull String level,
        @NotNull Integer min,
        @NotNull Integer max) {
}
