// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-monitoring" document (dev.isms.core.audit.Monitoring).
@JsonPropertyOrder({"indicators", "objectives", "measurements"})
record MonitoringDto(
        @NotNull List<@NotNull @Valid IndicatorDto> indicators,
        @NotNull List<@NotNull @Valid ObjectiveDto> objectives,
        @NotNull List<@NotNull @Valid MeasurementDto> measurements) {
}
