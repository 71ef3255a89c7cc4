// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

/**
 * The CVSS versions this package parses and scores.
 *
 * @since 0.1
 */
public enum CvssVersion {
    /** CVSS v3.1, scored with the formulas of the v3.1 specification, section 7 and Appendix A. */
    V3_1("3.1"),
    /** CVSS v4.0, scored with the MacroVector lookup and interpolation of FIRST's reference calculator. */
    V4_0("4.0");

    /** The version as written in a vector prefix. */
    private final String text;

    CvssVersion(String text) {
        this.text = text;
    }

    /**
     * {@return the version as written in a vector prefix, {@code "3.1"} or {@code "4.0"}}
     */
    public String text() {
        return text;
    }

    /**
     * {@return the vector prefix of this version, {@code "CVSS:3.1"} or {@code "CVSS:4.0"}}
     */
    public String prefix() {
        return "CVSS:" + text;
    }
}
