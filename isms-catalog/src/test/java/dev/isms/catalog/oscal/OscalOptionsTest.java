// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OscalOptionsTest {
    @Test
    void defaultsAreTheCodecLimitsNoMappingsAndWithdrawnKept() {
        OscalOptions d = OscalOptions.defaults();
        assertEquals(16L * 1024 * 1024, d.maxDocumentBytes());
        assertEquals(32, d.maxNestingDepth());
        assertEquals(1_000_000, d.maxStringLength());
        assertEquals(List.of(), d.mappings());
        assertEquals(Optional.empty(), d.lastModified());
        assertEquals(Optional.empty(), d.catalogId());
        assertTrue(d.keepWithdrawn());
        assertFalse(d.idsFromLabels());
    }

    @Test
    void builderSetsEveryOption() {
        OffsetDateTime t = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        OscalOptions o = OscalOptions.builder().mappings(Catalogs.mapping2013To2022()).lastModified(t)
                .catalogId("nist:5").keepWithdrawn(false).idsFromLabels(true).maxDocumentBytes(10).maxNestingDepth(5).maxStringLength(7)
                .build();
        assertEquals(List.of(Catalogs.mapping2013To2022()), o.mappings());
        assertEquals(Optional.of(t), o.lastModified());
        assertEquals(Optional.of("nist:5"), o.catalogId());
        assertFalse(o.keepWithdrawn());
        assertTrue(o.idsFromLabels());
        assertEquals(10, o.maxDocumentBytes());
        assertEquals(5, o.maxNestingDepth());
        assertEquals(7, o.maxStringLength());
        assertThrows(UnsupportedOperationException.class, () -> o.mappings().clear());
    }

    @Test
    void rejectsBadValuesNamingThem() {
        assertEquals("maxNestingDepth must be 1..10000 but was 0", assertThrows(IllegalArgumentException.class,
                () -> OscalOptions.builder().maxNestingDepth(0).build()).getMessage());
        assertEquals("lastModified must be in the years 1900..2999 but was 1800-01-01T00:00Z",
                assertThrows(IllegalArgumentException.class, () -> OscalOptions.builder()
                        .lastModified(OffsetDateTime.parse("1800-01-01T00:00:00Z"))).getMessage());
        assertEquals("catalogId must not be blank but was ' '", assertThrows(IllegalArgumentException.class,
                () -> OscalOptions.builder().catalogId(" ")).getMessage());
        assertThrows(NullPointerException.class, () -> OscalOptions.builder().mappings(java.util.Arrays.asList(
                (dev.isms.core.mapping.MappingSet) null)));
    }

    @Test
    void lastModifiedYearsAreCheckedInUtc() {
        OffsetDateTime first = OffsetDateTime.parse("1900-01-01T00:00:00Z");
        OffsetDateTime last = OffsetDateTime.parse("2999-12-31T23:59:59Z");
        assertEquals(Optional.of(first), OscalOptions.builder().lastModified(first).build().lastModified());
        assertEquals(Optional.of(last), OscalOptions.builder().lastModified(last).build().lastModified());
        for (String early : List.of("1899-12-31T23:59:59Z", "1900-01-01T00:30:00+01:00", "2999-12-31T23:00:00-01:00",
                "3000-01-01T00:00:00Z")) {
            String message = assertThrows(IllegalArgumentException.class,
                    () -> OscalOptions.builder().lastModified(OffsetDateTime.parse(early))).getMessage();
            assertTrue(message.startsWith("lastModified must be in the years 1900..2999 but was "), message);
        }
    }
}
