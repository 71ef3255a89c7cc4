// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// A risk owner's acceptance of a scenario (dev.isms.risk.register.RiskAcceptance).
@JsonPropertyOrder({"scenarioId", "acceptedBy", "acceptedOn", "justification", "expiresOn"})
record AcceptanceDto(
        @NotNull String scenarioId,
        @NotNull String acceptedBy,
        @NotNull String acceptedOn,
        @NotNull String justification,
        String expiresOn) {
}
