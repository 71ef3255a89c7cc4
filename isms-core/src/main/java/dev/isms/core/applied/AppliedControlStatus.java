// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.applied;

import dev.isms.core.TextParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an applied control stands: planned, being implemented, working, working less well than intended, or
 * withdrawn.
 *
 * @since 0.2
 */
public enum AppliedControlStatus {
    /** Decided but not started. */
    PLANNED,
    /** Being implemented. */
    IN_PROGRESS,
    /** Implemented and operating as intended. */
    IMPLEMENTED,
    /** Implemented but not operating fully as intended (a failed test, a lapsed process). */
    DEGRADED,
    /** Withdrawn: no longer part of the ISMS. */
    RETIRED;

    /** {@return true for a control that operates, fully or not: implemented or degraded} */
    public boolean isOperating() {
        return this == IMPLEMENTED || this == DEGRADED;
    }

    /** {@return true while implementation is still to come: planned or in progress} */
    public boolean isPending() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /** {@return the lower-case, hyphenated key used in files, such as {@code "in-progress"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a status from its key or name, case-insensitively ({@code "in-progress"}, {@code "IN_PROGRESS"}).
     *
     * @param text the key, not null
     * @return the status
     * @throws TextParseException if the text names no status
     */
    public static AppliedControlStatus parse(String text) {
        Objects.requireNonNull(text, "applied control status");
        for (AppliedControlStatus s : values()) {
            if (s.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return s;
            }
        }
        throw new TextParseException("applied control status", text, 0,
                "must be one of planned, in-progress, implemented, degraded, retired");
    }
}
