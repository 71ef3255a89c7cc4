package dev.isms.catalog.json;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.isms.catalog.internal.csv.CsvReader;
import dev.isms.catalog.internal.csv.CsvRow;
import dev.isms.catalog.internal.csv.CsvTable;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlGroup;
import dev.isms.core.Theme;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

// Reads ../shared/reference (system property isms.shared.dir): skips when absent, fails when env CI is set.
final class SharedReference {
    private SharedReference() {
    }

    static Path file(String name) {
        String dir = System.getProperty("isms.shared.dir");
        Path file = dir == null ? null : Path.of(dir, "reference", name);
        if (file == null || !Files.isRegularFile(file)) {
            if (System.getenv("CI") != null) {
                fail("reference file " + name + " is missing under isms.shared.dir=" + dir);
            }
            assumeTrue(false, "reference data not available: " + file);
        }
        return file;
    }

    /** {@return the 93 controls of ISO/IEC 27002:2022 with their attributes, built from the reference CSV} */
    static Catalog iso27002() throws IOException {
        CsvTable table;
        try (Reader in = Files.newBufferedReader(file("iso27002-2022-attributes.csv"), StandardCharsets.UTF_8)) {
            table = CsvReader.read("iso27002-2022-attributes.csv", in, 1 << 20);
        }
        Catalog.Builder b = Catalog.builder("iso27002:2022", "Information security controls").edition("2022")
                .publisher("ISO/IEC").metadata("source", "iso27002-2022-attributes.csv");
        for (Theme t : Theme.values()) {
            b.group(ControlGroup.of(Integer.toString(t.clause()), t.label() + " controls", "theme"));
        }
        String[] columns = {"control_types", "properties", "concepts", "capabilities", "domains"};
        for (CsvRow row : table.rows()) {
            List<AttributeValue> values = new ArrayList<>();
            for (int a = 0; a < columns.length; a++) {
                for (String tag : table.get(row, columns[a]).split("\\|")) {
                    values.add(Attribute.values()[a].parse(tag));
                }
            }
            b.control(Control.of(table.get(row, "id"), table.get(row, "title"), Theme.parse(table.get(row, "theme")),
                    ControlAttributes.of(values)));
        }
        return b.build();
    }
}
