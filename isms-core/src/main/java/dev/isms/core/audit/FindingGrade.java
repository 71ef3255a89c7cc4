// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import java.util.Locale;

/**
 * The grade of an audit finding (ISO/IEC 17021-1:2015 clauses 3.12 and 3.13 for the nonconformities; ISO 19011
 * practice for the rest).
 *
 * @since 0.2
 */
public enum FindingGrade {
    /** A nonconformity that affects the capability of the ISMS to achieve its intended results. */
    MAJOR_NONCONFORMITY,
    /** A nonconformity that does not affect that capability. */
    MINOR_NONCONFORMITY,
    /** Not a nonconformity: something that could become one. */
    OBSERVATION,
    /** Not a nonconformity: a way to improve. */
    OPPORTUNITY_FOR_IMPROVEMENT;

    /** {@return true for a major or minor nonconformity, which needs corrective action (clause 10.2)} */
    public boolean isNonconformity() {
        return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
    }

    /** {@return the lower-case, hyphenated key used in files, such as {@code "minor-nonconformity"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
