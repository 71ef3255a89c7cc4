// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.internal.Values;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * How an asset is labelled, used, kept and maintained (ISO/IEC 27002:2022 controls 5.10, 5.13, 6.7, 7.9, 7.13):
 * every part optional.
 *
 * @param label the classification label applied to the asset (such as {@code "CONFIDENTIAL - HR"}), or empty
 * @param acceptableUse the rules for its acceptable use, or a reference to them, or empty; may span lines
 * @param location where it is, or empty
 * @param custodian who holds and looks after it day to day for the owner, or empty
 * @param maintenanceInterval how often it must be maintained, or empty; positive
 * @since 0.2
 */
public record AssetHandling(Optional<String> label, Optional<String> acceptableUse, Optional<AssetLocation> location,
        Optional<String> custodian, Optional<Period> maintenanceInterval) {
    private static final AssetHandling NONE = new AssetHandling(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /**
     * Validates the components.
     *
     * @param label the label, or empty; a one-line text
     * @param acceptableUse the acceptable use, or empty; not blank
     * @param location the location, or empty
     * @param custodian the custodian, or empty; a one-line text
     * @param maintenanceInterval the interval, or empty; no negative part and not zero
     * @throws IllegalArgumentException naming the field and the value
     */
    public AssetHandling {
        Values.optionalName(label, "asset handling label");
        Values.optionalText(acceptableUse, "asset handling acceptableUse");
        Objects.requireNonNull(location, "asset handling location");
        Values.optionalName(custodian, "asset handling custodian");
        Objects.requireNonNull(maintenanceInterval, "asset handling maintenanceInterval");
        maintenanceInterval.ifPresent(p -> {
            if (p.isZero() || p.isNegative()) {
                throw new IllegalArgumentException("asset handling maintenanceInterval must be positive but was " + p);
            }
        });
    }

    /** {@return handling with no part given} */
    public static AssetHandling none() {
        return NONE;
    }
}
