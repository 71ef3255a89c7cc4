// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewInputTest {

    @Test
    void coversEveryItemOfClause932WithPerformanceFeedbackSplitInFour() {
        List<String> items = new ArrayList<>();
        for (ReviewInput i : ReviewInput.values()) {
            items.add(i.item());
        }
        assertEquals(List.of("9.3.2 a", "9.3.2 b", "9.3.2 c", "9.3.2 d 1", "9.3.2 d 2", "9.3.2 d 3", "9.3.2 d 4",
                "9.3.2 e", "9.3.2 f", "9.3.2 g"), items);
        assertEquals("audit-results", ReviewInput.AUDIT_RESULTS.key());
    }
}
