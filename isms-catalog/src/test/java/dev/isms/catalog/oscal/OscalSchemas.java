// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Validates documents against NIST's official OSCAL JSON schemas (draft-07) in {@code ../shared/oscal/schema}. */
final class OscalSchemas {
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OscalSchemas() {
    }

    static Schema schema(String version, String model) {
        return SCHEMAS.computeIfAbsent(version + "/" + model, k -> {
            try (InputStream in = Files.newInputStream(OscalData.schema(version, model))) {
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** {@return the schema errors of a document, as text} */
    static List<String> errors(String version, String model, String json) {
        return schema(version, model).validate(json, InputFormat.JSON).stream().map(Error::toString)
                .collect(Collectors.toList());
    }

    /** Asserts that a document is valid against the schema, listing the first errors otherwise. */
    static void assertValid(String version, String model, String json) {
        List<String> errors = errors(version, model, json);
        assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())), model + " " + version
                + " schema errors (" + errors.size() + ")");
    }
}
