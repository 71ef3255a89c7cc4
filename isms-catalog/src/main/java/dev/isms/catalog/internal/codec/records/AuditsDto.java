// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-audits" document (dev.isms.core.audit.FindingRegister).
@JsonPropertyOrder({"programme", "findings", "correctiveActions"})
record AuditsDto(
        @NotNull @Valid ProgrammeDto programme,
        List<@NotNull @Valid FindingDto> findings,
        List<@NotNull @Valid ActionDto> correctiveActions) {
}
