// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment.internal;

import dev.isms.core.assessment.AssessmentResult;
import java.util.ArrayList;
import java.util.List;

/** Selects what the built-in strategies score, so the three agree on how not-applicable and not-assessed count. */
final class Maturities {
    private Maturities() {
    }

    /**
     * Selects the results that carry a maturity: assessed results only, so not-applicable and not-assessed
     * results (which carry none) never count.
     *
     * @param results the results
     * @return those with a maturity
     */
    static List<AssessmentResult> scored(List<AssessmentResult> results) {
        List<AssessmentResult> out = new ArrayList<>();
        for (AssessmentResult r : results) {
            if (r.maturity().isPresent()) {
                out.add(r);
            }
        }
        return out;
    }
}
