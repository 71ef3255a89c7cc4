// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// One internal audit (dev.isms.core.audit.Audit).
@JsonPropertyOrder({"id", "scope", "criteria", "start", "end", "auditors"})
record AuditDto(
        @NotNull String id,
        @NotNull @Valid ScopeDto scope,
        @NotNull List<@NotNull String> criteria,
        @NotNull String start,
        @NotNull String end,
        @NotNull List<@NotNull @Valid AuditorDto> auditors) {
}
