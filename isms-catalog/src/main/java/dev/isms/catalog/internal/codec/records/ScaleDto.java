// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// A maturity scale: lowest and highest level, and a name per level or none.
@JsonPropertyOrder({"min", "max", "labels"})
record ScaleDto(
        @NotNull Integer min,
        @NotNull Integer max,
        List<@NotNull String> labels) {
}
