// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.isms.catalog.internal.codec.records.AssetDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-risk-register" document (dev.isms.risk.register.RiskRegister).
@JsonPropertyOrder({"version", "criteria", "catalogs", "assets", "threats", "vulnerabilities", "sources", "scenarios",
    "treatments", "acceptances"})
record RegisterDto(
        @NotNull Integer version,
        @NotNull @Valid CriteriaDto criteria,
        List<@NotNull String> catalogs,
        List<@NotNull @Valid AssetDto> assets,
        List<@NotNull @Valid ThreatDto> threats,
        List<@NotNull @Valid VulnerabilityDto> vulnerabilities,
        List<@NotNull @Valid SourceDto> sources,
        List<@NotNull @Valid ScenarioDto> scenarios,
        List<@NotNull @Valid TreatmentDto> treatments,
        List<@NotNull @Valid AcceptanceDto> acceptances) {
}
