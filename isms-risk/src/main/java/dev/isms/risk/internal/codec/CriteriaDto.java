// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

// The risk criteria (dev.isms.risk.criteria.RiskCriteria): the body of an "isms-risk-criteria" document and a
// register's "criteria" member.
@JsonPropertyOrder({"id", "version", "likelihood", "consequence", "matrix", "categories", "acceptance"})
record CriteriaDto(
        @NotNull String id,
        @NotNull Integer version,
        @NotNull @Valid ScaleDto likelihood,
        @NotNull @Valid ScaleDto consequence,
        @NotNull @Valid MatrixDto matrix,
        Map<@NotNull String, @NotNull @Valid CategoryDto> categories,
        @Valid AcceptanceCriteriaDto acceptance) {
}
