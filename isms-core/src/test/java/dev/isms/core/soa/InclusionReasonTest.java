// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InclusionReasonTest {

    @Test
    void offersTheFiveCommonReasonsWithHyphenatedKeys() {
        List<String> keys = new ArrayList<>();
        for (InclusionReason r : InclusionReason.values()) {
            keys.add(r.key());
        }
        assertEquals(List.of("risk-treatment", "legal-or-regulatory", "contractual", "business-requirement",
                "best-practice"), keys);
    }
}
