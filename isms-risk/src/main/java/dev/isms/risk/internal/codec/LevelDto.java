// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// One level of a scale: its name and the numeric range it stands for (upper absent: unbounded).
@JsonPropertyOrder({"name", "lower", "upper"})
record LevelDto(
        @NotNull String name,
        Double lower,
        Double upper) {
}
