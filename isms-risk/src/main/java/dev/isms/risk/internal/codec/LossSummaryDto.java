// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The loss statistics of a scenario or a portfolio (dev.isms.risk.fair.LossSummary).
@JsonPropertyOrder({"mean", "min", "max", "p10", "p50", "p90", "p95", "p99", "appetiteExceedance", "exceedanceCurve"})
record LossSummaryDto(
        @NotNull Double mean,
        @NotNull Double min,
        @NotNull Double max,
        @NotNull Double p10,
        @NotNull Double p50,
        @NotNull Double p90,
        @NotNull Double p95,
        @NotNull Double p99,
        @NotNull Double appetiteExceedance,
        List<@NotNull @Valid PointDto> exceedanceCurve) {
}
