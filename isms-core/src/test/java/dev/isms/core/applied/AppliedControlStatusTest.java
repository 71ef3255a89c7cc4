// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.applied;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.TextParseException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppliedControlStatusTest {

    @Test
    void parsesKeysAndNamesCaseInsensitively() {
        for (AppliedControlStatus s : AppliedControlStatus.values()) {
            assertEquals(s, AppliedControlStatus.parse(s.key()));
            assertEquals(s, AppliedControlStatus.parse(s.name().toLowerCase()));
        }
        assertEquals("in-progress", AppliedControlStatus.IN_PROGRESS.key());
    }

    @Test
    void rejectsUnknownTextListingTheStatuses() {
        TextParseException e = assertThrows(TextParseException.class, () -> AppliedControlStatus.parse("done"));
        assertEquals("done", e.parsedText());
        assertEquals(true, e.getMessage().contains("planned, in-progress, implemented, degraded, retired"));
    }

    @Test
    void operatingAndPendingPartitionTheActiveStatuses() {
        Set<AppliedControlStatus> operating = EnumSet.noneOf(AppliedControlStatus.class);
        Set<AppliedControlStatus> pending = EnumSet.noneOf(AppliedControlStatus.class);
        for (AppliedControlStatus s : AppliedControlStatus.values()) {
            if (s.isOperating()) {
                operating.add(s);
            }
            if (s.isPending()) {
                pending.add(s);
            }
        }
        assertEquals(EnumSet.of(AppliedControlStatus.IMPLEMENTED, AppliedControlStatus.DEGRADED), operating);
        assertEquals(EnumSet.of(AppliedControlStatus.PLANNED, AppliedControlStatus.IN_PROGRESS), pending);
    }
}
