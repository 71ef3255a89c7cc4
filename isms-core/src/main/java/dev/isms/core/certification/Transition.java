// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The dates of the ISO/IEC 27001:2013 to 2022 transition (IAF MD 26:2023): ISO/IEC 27001:2022 was published on
 * 2022-10-25 with a 36-month transition; from 2024-05-01 no initial or recertification audit against the 2013
 * edition; every 2013 certificate expired or was withdrawn at the end of the transition, 2025-10-31.
 *
 * @since 0.2
 */
public final class Transition {
    /** The day ISO/IEC 27001:2022 was published. */
    public static final LocalDate PUBLISHED = LocalDate.of(2022, 10, 25);
    /** The last day an initial or recertification audit against ISO/IEC 27001:2013 could be held. */
    public static final LocalDate LAST_2013_AUDIT = LocalDate.of(2024, 4, 30);
    /** The end of the transition: the last day any ISO/IEC 27001:2013 certificate was valid. */
    public static final LocalDate END = LocalDate.of(2025, 10, 31);

    private Transition() {
    }

    /**
     * Tells whether a standard and edition are ISO/IEC 27001:2013, the edition the transition ended.
     *
     * @param standard such as {@code "ISO/IEC 27001"} or {@code "ISO 27001"}; compared without spaces, slashes
     *        and case
     * @param edition such as {@code "2013"}
     * @return true for ISO/IEC 27001:2013
     */
    public static boolean affects(String standard, String edition) {
        String s = Objects.requireNonNull(standard, "standard").replaceAll("[^A-Za-z0-9]", "")
                .toUpperCase(Locale.ROOT);
        return (s.equals("ISOIEC27001") || s.equals("ISO27001"))
                && "2013".equals(Objects.requireNonNull(edition, "edition").strip());
    }
}
