// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// An internal audit programme (dev.isms.core.audit.AuditProgramme).
@JsonPropertyOrder({"id", "cycleStart", "cycleEnd", "audits"})
record ProgrammeDto(
        @NotNull String id,
        @NotNull String cycleStart,
        @NotNull String cycleEnd,
        @NotNull List<@NotNull @Valid AuditDto> audits) {
}
