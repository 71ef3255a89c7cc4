// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// An information security objective (dev.isms.core.audit.Objective).
@JsonPropertyOrder({"id", "statement", "owner", "due", "indicators", "plan"})
record ObjectiveDto(
        @NotNull String id,
        @NotNull String statement,
        @NotNull String owner,
        String due,
        List<@NotNull String> indicators,
        String plan) {
}
