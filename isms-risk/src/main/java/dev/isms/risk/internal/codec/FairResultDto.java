// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-fair-result" document (dev.isms.risk.fair.FairResult).
@JsonPropertyOrder({"seed", "years", "portfolio", "scenarios"})
record FairResultDto(
        @NotNull Long seed,
        @NotNull Integer years,
        @NotNull @Valid LossSummaryDto portfolio,
        @NotNull List<@NotNull @Valid LossSummaryDto> scenarios) {
}
