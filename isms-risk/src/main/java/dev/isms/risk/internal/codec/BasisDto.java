// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

// How a scenario was identified: asset, threat and vulnerability, or risk source and event.
@JsonPropertyOrder({"assetId", "threatId", "vulnerabilityId", "riskSourceId", "event"})
record BasisDto(
        String assetId,
        String threatId,
        String vulnerabilityId,
        String riskSourceId,
        String event) {
}
