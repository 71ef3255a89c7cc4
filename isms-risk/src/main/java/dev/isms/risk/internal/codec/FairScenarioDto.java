// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

// A FAIR scenario (dev.isms.risk.fair.FairScenario).
@JsonPropertyOrder({"name", "threatEventFrequency", "vulnerability", "primaryLoss", "secondaryEventProbability",
    "secondaryLoss"})
record FairScenarioDto(
        @NotNull String name,
        @NotNull @Valid DistributionDto threatEventFrequency,
        @NotNull @Valid FairVulnerabilityDto vulnerability,
        @NotNull @Valid DistributionDto primaryLoss,
        @Valid DistributionDto secondaryEventProbability,
        @Valid DistributionDto secondaryLoss) {
}
