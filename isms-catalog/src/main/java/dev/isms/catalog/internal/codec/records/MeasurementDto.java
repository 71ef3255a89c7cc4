// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// One measurement of a performance indicator.
@JsonPropertyOrder({"indicator", "date", "value"})
record MeasurementDto(
        @NotNull String indicator,
        @NotNull String date,
        @NotNull Double value) {
}
