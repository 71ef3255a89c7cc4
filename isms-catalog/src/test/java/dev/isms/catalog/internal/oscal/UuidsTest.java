// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {
    @Test
    void matchesTheRfc4122Version5Vector() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"), Uuids.v5(dns, "python.org"));
    }

    @Test
    void theIsmsNamespaceIsTheVersion5UuidOfItsUrl() {
        assertEquals(Uuids.v5(Uuids.URL_NAMESPACE, "https://isms.dev/ns/oscal"), Uuids.ISMS);
        assertEquals(5, Uuids.ISMS.version());
        assertNotEquals(Uuids.v5(Uuids.ISMS, "a"), Uuids.v5(Uuids.ISMS, "b"));
    }
}
