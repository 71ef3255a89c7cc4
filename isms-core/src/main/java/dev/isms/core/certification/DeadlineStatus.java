// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import java.util.Locale;

/**
 * Where an audit of the certification cycle stands as of a day.
 *
 * @since 0.2
 */
public enum DeadlineStatus {
    /** Held. */
    DONE,
    /** Not held; its deadline is more than {@value Certificate#DUE_WINDOW_DAYS} days away. */
    UPCOMING,
    /** Not held; its deadline is within {@value Certificate#DUE_WINDOW_DAYS} days (the deadline day included). */
    DUE,
    /** Not held and its deadline has passed. */
    OVERDUE;

    /** {@return the lower-case key used in files, such as {@code "overdue"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
