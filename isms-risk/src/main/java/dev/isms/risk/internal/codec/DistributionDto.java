// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A FAIR estimate (dev.isms.risk.fair.Distribution): its type and that type's parameters.
@JsonPropertyOrder({"type", "value", "min", "mode", "max", "lambda", "variant", "mu", "sigma"})
record DistributionDto(
        @NotNull String type,
        Double value,
        Double min,
        Double mode,
        Double max,
        Double lambda,
        String variant,
        Double mu,
        Double sigma) {
}
