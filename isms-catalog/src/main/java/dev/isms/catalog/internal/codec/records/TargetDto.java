// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// The target of a performance indicator.
@JsonPropertyOrder({"comparison", "value", "unit"})
record TargetDto(
        @NotNull String comparison,
        @NotNull Double value,
        String unit) {
}
