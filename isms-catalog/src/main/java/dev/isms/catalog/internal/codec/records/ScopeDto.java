// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// What an audit covers: areas, clauses, controls.
@JsonPropertyOrder({"areas", "clauses", "controls"})
record ScopeDto(
        List<@NotNull String> areas,
        List<@NotNull String> clauses,
        List<@NotNull String> controls) {
}
