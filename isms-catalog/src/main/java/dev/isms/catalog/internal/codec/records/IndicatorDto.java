// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

// A performance indicator (dev.isms.core.audit.PerformanceIndicator).
@JsonPropertyOrder({"id", "name", "method", "frequency", "target", "owner"})
record IndicatorDto(
        @NotNull String id,
        @NotNull String name,
        @NotNull String method,
        @NotNull String frequency,
        @NotNull @Valid TargetDto target,
        String owner) {
}
