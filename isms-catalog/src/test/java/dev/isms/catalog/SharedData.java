// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.internal.csv.CsvReader;
import dev.isms.catalog.internal.csv.CsvTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code ../shared/reference} for tests: from the system property {@code isms.shared.dir} (set by the parent
 * POM), else {@code ../../shared} from the module directory. When it is absent a test is skipped with a message,
 * except when the environment variable {@code CI} is set: then it fails, so a broken path cannot pass silently.
 */
public final class SharedData {
    private SharedData() {
    }

    /** {@return the reference directory; skips (or, under CI, fails) the calling test when it is absent} */
    public static Path referenceDir() {
        return sharedDir("reference");
    }

    /** {@return the cross-framework mappings directory; skips (or, under CI, fails) the test when absent} */
    public static Path mappingsDir() {
        return sharedDir("mappings");
    }

    /** {@return the OSCAL schemas and NIST content directory; skips (or, under CI, fails) the test when absent} */
    public static Path oscalDir() {
        return sharedDir("oscal");
    }

    private static Path sharedDir(String name) {
        String property = System.getProperty("isms.shared.dir");
        Path shared = property == null || property.isBlank() ? Path.of("..", "..", "shared") : Path.of(property);
        Path reference = shared.resolve(name);
        if (!Files.isDirectory(reference)) {
            String message = name + " data not found at " + reference.toAbsolutePath().normalize()
                    + " (set -Disms.shared.dir=<path to shared>)";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isEmpty()) {
                Assertions.fail(message + "; CI is set, so this is a failure, not a skip");
            }
            Assumptions.abort(message + "; skipping");
        }
        return reference;
    }

    /**
     * Reads one reference CSV file.
     *
     * @param name the file name, such as {@code "iso27002-2022-attributes.csv"}
     * @return the parsed table
     */
    static CsvTable table(String name) {
        Path file = referenceDir().resolve(name);
        try {
            return CsvReader.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
