// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.TextParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The lifecycle states of an asset (ISO/IEC 27002:2022 controls 5.9 to 5.11, 7.13, 7.14) and the moves allowed
 * between them:
 * <ul>
 *   <li>requested: to in use;</li>
 *   <li>in use: to in maintenance, returned or disposed;</li>
 *   <li>in maintenance: to in use, returned or disposed;</li>
 *   <li>returned: to in use (issued again), in maintenance or disposed;</li>
 *   <li>disposed: final.</li>
 * </ul>
 * A lifecycle starts requested, or in use for an asset registered while already in use.
 *
 * @since 0.2
 */
public enum AssetState {
    /** Requested, not yet issued. */
    REQUESTED,
    /** Issued and in use. */
    IN_USE,
    /** Being maintained or repaired. */
    IN_MAINTENANCE,
    /** Returned to the organisation (control 5.11). */
    RETURNED,
    /** Disposed of, after secure erasure of any information on it (controls 7.14, 8.10). */
    DISPOSED;

    /** {@return the states this one may move to} */
    public Set<AssetState> next() {
        switch (this) {
            case REQUESTED:
                return Collections.unmodifiableSet(EnumSet.of(IN_USE));
            case IN_USE:
                return Collections.unmodifiableSet(EnumSet.of(IN_MAINTENANCE, RETURNED, DISPOSED));
            case IN_MAINTENANCE:
                return Collections.unmodifiableSet(EnumSet.of(IN_USE, RETURNED, DISPOSED));
            case RETURNED:
                return Collections.unmodifiableSet(EnumSet.of(IN_USE, IN_MAINTENANCE, DISPOSED));
            default:
                return Collections.emptySet();
        }
    }

    /**
     * Tells whether this state may move to another.
     *
     * @param target the other state, not null
     * @return true if allowed
     */
    public boolean canMoveTo(AssetState target) {
        return next().contains(Objects.requireNonNull(target, "target"));
    }

    /** {@return true for a state a lifecycle may start in: requested or in use} */
    public boolean isStart() {
        return this == REQUESTED || this == IN_USE;
    }

    /** {@return the lower-case, hyphenated key used in files, such as {@code "in-use"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a state from its key or name, case-insensitively ({@code "in-use"}, {@code "IN_USE"}).
     *
     * @param text the key, not null
     * @return the state
     * @throws TextParseException if the text names no state
     */
    public static AssetState parse(String text) {
        Objects.requireNonNull(text, "asset state");
        for (AssetState s : values()) {
            if (s.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return s;
            }
        }
        throw new TextParseException("asset state", text, 0,
                "must be one of requested, in-use, in-maintenance, returned, disposed");
    }
}
