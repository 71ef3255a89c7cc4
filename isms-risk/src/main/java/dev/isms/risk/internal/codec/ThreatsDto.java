// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-risk-threats" document.
@JsonPropertyOrder({"threats"})
record ThreatsDto(
        @NotNull List<@NotNull @Valid ThreatDto> threats) {
}
