// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

// A risk scenario (dev.isms.risk.RiskScenario) with its stored scores.
@JsonPropertyOrder({"id", "title", "basis", "affectedAssets", "likelihood", "consequences", "existingControls",
    "owner", "targetLevel", "scores"})
record ScenarioDto(
        @NotNull String id,
        @NotNull String title,
        @NotNull @Valid BasisDto basis,
        List<@NotNull String> affectedAssets,
        @NotNull Integer likelihood,
        @NotNull Map<@NotNull String, @NotNull Integer> consequences,
        List<@NotNull @Valid EffectDto> existingControls,
        String owner,
        String targetLevel,
        List<@NotNull @Valid ScoreDto> scores) {
}
