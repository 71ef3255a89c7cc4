// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.isms.catalog.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesUpToDateTest {
    private static final String COMMAND = "regenerate with: mvn -B -q -pl isms-catalog -am test-compile && java -cp"
            + " isms-core/target/classes:isms-catalog/target/classes:isms-catalog/target/test-classes"
            + " dev.isms.catalog.internal.data.ReferenceConverter ../shared/reference"
            + " isms-catalog/src/main/resources/dev/isms/catalog/internal/data";
    private static final String CROSSWALK_COMMAND = "regenerate with: mvn -B -q -pl isms-catalog -am test-compile &&"
            + " java -cp isms-core/target/classes:isms-catalog/target/classes:isms-catalog/target/test-classes"
            + " dev.isms.catalog.internal.data.CrosswalkConverter ../shared/mappings"
            + " isms-catalog/src/main/resources/dev/isms/catalog/internal/data";

    @Test
    void shippedResourcesAreWhatTheConverterProducesFromTheReferenceData() throws IOException {
        Map<String, byte[]> expected = ReferenceConverter.convert(SharedData.referenceDir());
        assertEquals(5, expected.size());
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            try (InputStream in = BuiltIns.class.getResourceAsStream(e.getKey())) {
                assertNotNull(in, "resource " + e.getKey() + " is missing; " + COMMAND);
                String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(new String(e.getValue(), StandardCharsets.UTF_8), shipped,
                        "resource " + e.getKey() + " is stale; " + COMMAND);
            }
        }
    }

    @Test
    void shippedCrosswalksAreWhatTheConverterProducesFromNistsTables() throws IOException {
        Map<String, byte[]> expected = CrosswalkConverter.convert(SharedData.mappingsDir());
        assertEquals(2, expected.size());
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            try (InputStream in = BuiltIns.class.getResourceAsStream(e.getKey())) {
                assertNotNull(in, "resource " + e.getKey() + " is missing; " + CROSSWALK_COMMAND);
                assertEquals(new String(e.getValue(), StandardCharsets.UTF_8),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "resource " + e.getKey() + " is stale; " + CROSSWALK_COMMAND);
            }
        }
    }

    @Test
    void shippedResourcesRecordTheirSourceHash() {
        Map<String, byte[]> expected = ReferenceConverter.convert(SharedData.referenceDir());
        String text = new String(expected.get(BuiltIns.ISO27002_2022), StandardCharsets.UTF_8);
        assertEquals(BuiltIns.iso27002_2022().metadata().get("sourceSha256"),
                text.split("\"sourceSha256\": \"")[1].substring(0, 64));
    }
}
