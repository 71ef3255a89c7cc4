// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A point of a loss exceedance curve.
@JsonPropertyOrder({"loss", "probability"})
record PointDto(
        @NotNull Double loss,
        @NotNull Double probability) {
}
