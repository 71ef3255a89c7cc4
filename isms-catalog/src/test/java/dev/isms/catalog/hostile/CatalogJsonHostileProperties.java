// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.catalog.json.CatalogJson;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.hostile.Hostile;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The catalogue JSON readers ({@link CatalogJson}: catalogue, requirement set, mapping set, standards register) on
 * mutants of small valid documents: a value that writes and reads back equal, or a {@link FormatException} with a
 * bounded, capped, log-safe message; never another exception, never a hang.
 */
class CatalogJsonHostileProperties {
    private static final CatalogJson JSON = CatalogJson.defaults();

    @Property(tries = 1000)
    void catalogueReaderGivesAValueOrAFormatException(@ForAll("catalogues") byte[] doc) {
        Hostile.attempt("CatalogJson.readCatalog", doc, FormatException.class, () -> {
            Catalog c = JSON.readCatalog(new ByteArrayInputStream(doc), "hostile.json");
            assertEquals(c, JSON.parseCatalog(JSON.toJson(c)));
            return c;
        });
    }

    @Property(tries = 1000)
    void requirementSetReaderGivesAValueOrAFormatException(@ForAll("requirementSets") byte[] doc) {
        Hostile.attempt("CatalogJson.readRequirementSet", doc, FormatException.class, () -> {
            RequirementSet s = JSON.readRequirementSet(new ByteArrayInputStream(doc), "hostile.json");
            assertEquals(s, JSON.parseRequirementSet(JSON.toJson(s)));
            return s;
        });
    }

    @Property(tries = 1000)
    void mappingSetReaderGivesAValueOrAFormatException(@ForAll("mappingSets") byte[] doc) {
        Hostile.attempt("CatalogJson.readMappingSet", doc, FormatException.class, () -> {
            MappingSet s = JSON.readMappingSet(new ByteArrayInputStream(doc), "hostile.json");
            assertEquals(s, JSON.parseMappingSet(JSON.toJson(s)));
            return s;
        });
    }

    @Property(tries = 1000)
    void standardsReaderGivesAValueOrAFormatException(@ForAll("standards") byte[] doc) {
        Hostile.attempt("CatalogJson.readStandards", doc, FormatException.class,
                () -> JSON.readStandards(new ByteArrayInputStream(doc), "hostile.json"));
    }

    @Provide
    Arbitrary<byte[]> catalogues() {
        return JsonMutations.of(JSON.toJson(Seeds.catalog()));
    }

    @Provide
    Arbitrary<byte[]> requirementSets() {
        return JsonMutations.of(JSON.toJson(Seeds.requirements()));
    }

    @Provide
    Arbitrary<byte[]> mappingSets() {
        return JsonMutations.of(JSON.toJson(Seeds.mappings()));
    }

    @Provide
    Arbitrary<byte[]> standards() {
        return JsonMutations.of(Seeds.standardsJson());
    }
}
