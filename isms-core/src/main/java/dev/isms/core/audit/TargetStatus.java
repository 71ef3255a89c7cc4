// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import java.util.Locale;

/**
 * Where an indicator or an objective stands against its target as of a day.
 *
 * @since 0.2
 */
public enum TargetStatus {
    /** The latest measurement meets the target (for an objective: every indicator's does). */
    MET,
    /** The latest measurement misses the target (for an objective: some indicator's does). */
    NOT_MET,
    /** Nothing measured yet (for an objective: no indicator misses, but some has no data, or it has none). */
    NO_DATA;

    /** {@return the lower-case, hyphenated key used in files, such as {@code "not-met"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
