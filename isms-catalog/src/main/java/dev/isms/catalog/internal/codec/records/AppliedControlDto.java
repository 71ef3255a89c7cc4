// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// One applied control (dev.isms.core.applied.AppliedControl); empty lists are omitted.
@JsonPropertyOrder({"id", "name", "controls", "owner", "status", "due", "evidence", "risks"})
record AppliedControlDto(
        @NotNull String id,
        @NotNull String name,
        List<@NotNull String> controls,
        String owner,
        @NotNull String status,
        String due,
        List<@NotNull @Valid EvidenceDto> evidence,
        List<@NotNull String> risks) {
}
