// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.internal.Checks;
import java.util.Objects;

/**
 * One finding of the daily asset checks ({@link AssetChecks}): the asset, what is wrong, and why, in words.
 *
 * @param asset the asset
 * @param kind what is wrong
 * @param reason the reason, naming the facts, such as {@code "custodian 'J. Doe' left on 2026-03-31 and the asset
 *        is in-use"}
 * @since 0.2
 */
public record AssetIssue(Asset asset, Kind kind, String reason) {

    /**
     * Validates the components.
     *
     * @param asset the asset, not null
     * @param kind the kind, not null
     * @param reason the reason, not blank
     */
    public AssetIssue {
        Objects.requireNonNull(asset, "asset issue asset");
        Objects.requireNonNull(kind, "asset issue kind");
        Checks.text(reason, "asset issue reason");
    }

    /** What an asset check found. */
    public enum Kind {
        /** The asset has no owner (control 5.9). */
        NO_OWNER,
        /** A leaver's asset is not recorded as returned (control 5.11). */
        NOT_RETURNED,
        /** A disposed asset has no secure-erasure evidence (controls 7.14, 8.10). */
        NO_ERASURE_EVIDENCE,
        /** The asset's maintenance is overdue (control 7.13). */
        MAINTENANCE_OVERDUE
    }
}
