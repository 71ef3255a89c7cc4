// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.TextParseException;
import dev.isms.core.hostile.Hostile;
import dev.isms.core.hostile.TextMutations;
import dev.isms.risk.cvss.Cvss31;
import dev.isms.risk.cvss.Cvss40;
import dev.isms.risk.cvss.CvssException;
import dev.isms.risk.method.Nist80030;
import dev.isms.risk.method.OwaspRiskRating;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The vector and level parsers (CVSS 3.1 and 4.0, OWASP risk rating, NIST SP 800-30 levels) on mutants of valid
 * vectors: a value that parses back equal from its text form, or the documented {@link TextParseException} (a
 * {@link CvssException} for CVSS) with a bounded, log-safe message; never another exception, never a hang.
 */
class VectorHostileProperties {
    private static final List<String> CVSS31 = List.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:C/C:L/I:N/A:L/E:F/RL:O/RC:C/CR:H/IR:M/AR:L/MAV:A/MAC:L/MPR:N/MUI:N/MS:U"
                    + "/MC:H/MI:L/MA:N");
    private static final List<String> CVSS40 = List.of(
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
            "CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:A/VC:L/VI:N/VA:L/SC:H/SI:L/SA:N/E:P/CR:H/IR:L/AR:M/MAV:L/MSI:S/S:P"
                    + "/AU:Y/R:A/V:C/RE:H/U:Red");
    private static final List<String> OWASP = List.of("SL:1/M:1/O:0/S:2/ED:3/EE:4/A:5/ID:6/LC:7/LI:8/LAV:9/LAC:1",
            "SL:9/M:9/O:9/S:9/ED:9/EE:9/A:9/ID:9/LC:9/LI:9/LAV:9/LAC:9/FD:1/RD:2/NC:3/PV:4");

    @Property(tries = 1000)
    void cvss31ParsesOrFailsTyped(@ForAll("cvss31") String text) {
        Hostile.attempt("Cvss31.parse", text, CvssException.class, () -> {
            Cvss31 v = Cvss31.parse(text);
            assertEquals(v, Cvss31.parse(v.vector()));
            return v;
        });
    }

    @Property(tries = 1000)
    void cvss40ParsesOrFailsTyped(@ForAll("cvss40") String text) {
        Hostile.attempt("Cvss40.parse", text, CvssException.class, () -> {
            Cvss40 v = Cvss40.parse(text);
            assertEquals(v, Cvss40.parse(v.vector()));
            return v;
        });
    }

    @Property(tries = 1000)
    void owaspParsesOrFailsTyped(@ForAll("owasp") String text) {
        Hostile.attempt("OwaspRiskRating.parse", text, TextParseException.class, () -> {
            OwaspRiskRating r = OwaspRiskRating.parse(text);
            assertEquals(r, OwaspRiskRating.parse(r.toString()));
            return r;
        });
    }

    @Property(tries = 1000)
    void nistLevelParsesOrFailsTyped(@ForAll("nist") String text) {
        Hostile.attempt("Nist80030.Level.parse", text, TextParseException.class, () -> Nist80030.Level.parse(text));
    }

    @Provide
    Arbitrary<String> cvss31() {
        return TextMutations.of(CVSS31);
    }

    @Provide
    Arbitrary<String> cvss40() {
        return TextMutations.of(CVSS40);
    }

    @Provide
    Arbitrary<String> owasp() {
        return TextMutations.of(OWASP);
    }

    @Provide
    Arbitrary<String> nist() {
        return TextMutations.of(List.of("Very Low", "Low", "Moderate", "High", "Very High", "0", "50", "100"));
    }
}
