// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.internal.Checks;
import java.util.Objects;

/**
 * Where an asset is: on the organisation's premises, at a remote workplace, in a cloud service, with a third
 * party, or in transit (ISO/IEC 27002:2022 controls 6.7 and 7.9 for assets off the premises).
 *
 * @param kind the kind of place
 * @param place the place, such as {@code "Berlin office, room 2.14"} or {@code "home office of J. Doe"}
 * @since 0.2
 */
public record AssetLocation(Kind kind, String place) {

    /**
     * Validates the components.
     *
     * @param kind the kind, not null
     * @param place the place, a one-line text
     */
    public AssetLocation {
        Objects.requireNonNull(kind, "asset location kind");
        Checks.notBlank(place, "asset location place");
    }

    /**
     * Creates a location.
     *
     * @param kind the kind, not null
     * @param place the place, not blank
     * @return the location
     */
    public static AssetLocation of(Kind kind, String place) {
        return new AssetLocation(kind, place);
    }

    /** {@return true for any place but the organisation's premises} */
    public boolean isOffPremises() {
        return kind != Kind.ON_PREMISES;
    }

    /** The kinds of place an asset can be. */
    public enum Kind {
        /** The organisation's own premises. */
        ON_PREMISES,
        /** A remote workplace, such as a home office (control 6.7). */
        REMOTE_WORK,
        /** A cloud service. */
        CLOUD,
        /** A third party's premises (a supplier, a repairer). */
        THIRD_PARTY,
        /** Being moved between places. */
        IN_TRANSIT
    }
}
