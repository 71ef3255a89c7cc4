// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A risk source (dev.isms.risk.RiskSource).
@JsonPropertyOrder({"id", "name", "kind"})
record SourceDto(
        @NotNull String id,
        @NotNull String name,
        String kind) {
}
