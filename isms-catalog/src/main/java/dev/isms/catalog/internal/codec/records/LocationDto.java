// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;

// Where an asset is: the kind of place and the place.
@JsonPropertyOrder({"kind", "place"})
public record LocationDto(
        @NotNull String kind,
        @NotNull String place) {
}
