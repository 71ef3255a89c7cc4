// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A decision of a management review.
@JsonPropertyOrder({"kind", "description", "owner", "due"})
record DecisionDto(
        @NotNull String kind,
        @NotNull String description,
        String owner,
        String due) {
}
