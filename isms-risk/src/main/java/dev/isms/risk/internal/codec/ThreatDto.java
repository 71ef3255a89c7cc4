// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A threat (dev.isms.risk.Threat).
@JsonPropertyOrder({"id", "name", "category"})
record ThreatDto(
        @NotNull String id,
        @NotNull String name,
        String category) {
}
