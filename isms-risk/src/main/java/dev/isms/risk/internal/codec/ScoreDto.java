// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

// A stored score of a scenario at one tier (dev.isms.risk.TierScore with its RiskScore).
@JsonPropertyOrder({"tier", "methodId", "methodVersion", "parameters", "criteria", "value", "level", "rank",
    "explanation"})
record ScoreDto(
        @NotNull String tier,
        @NotNull String methodId,
        @NotNull String methodVersion,
        Map<@NotNull String, @NotNull String> parameters,
        String criteria,
        @NotNull Double value,
        @NotNull String level,
        @NotNull Integer rank,
        @NotNull String explanation) {
}
