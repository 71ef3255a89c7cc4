// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// Documented information held for a clause (dev.isms.core.assessment.DocumentedInformation).
@JsonPropertyOrder({"clause", "title", "owner", "nextReview"})
record DocumentDto(
        @NotNull String clause,
        @NotNull String title,
        @NotNull String owner,
        @NotNull String nextReview) {
}
