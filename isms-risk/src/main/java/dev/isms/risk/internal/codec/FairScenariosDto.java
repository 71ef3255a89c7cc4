// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-fair-scenarios" document.
@JsonPropertyOrder({"scenarios"})
record FairScenariosDto(
        @NotNull List<@NotNull @Valid FairScenarioDto> scenarios) {
}
