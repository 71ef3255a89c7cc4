// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-soa" document (dev.isms.core.soa.StatementOfApplicability).
@JsonPropertyOrder({"catalog", "version", "date", "approval", "entries"})
record SoaDto(
        @NotNull String catalog,
        @NotNull String version,
        @NotNull String date,
        @Valid ApprovalDto approval,
        @NotNull List<@NotNull @Valid SoaEntryDto> entries) {
}
