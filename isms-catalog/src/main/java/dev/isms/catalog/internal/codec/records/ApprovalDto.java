// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// Who approved a Statement of Applicability, and when.
@JsonPropertyOrder({"approvedBy", "date"})
record ApprovalDto(
        @NotNull String approvedBy,
        @NotNull String date) {
}
