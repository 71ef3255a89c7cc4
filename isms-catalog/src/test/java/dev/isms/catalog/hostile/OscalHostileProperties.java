// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.hostile;

import dev.isms.catalog.oscal.Oscal;
import dev.isms.catalog.oscal.OscalOptions;
import dev.isms.catalog.oscal.OscalProfile;
import dev.isms.core.FormatException;
import dev.isms.core.hostile.Hostile;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The OSCAL readers ({@link Oscal}: catalog, profile, mapping collection) on mutants of small valid documents: a
 * value or a {@link FormatException} with a bounded, capped, log-safe message; never another exception, never a hang.
 */
class OscalHostileProperties {
    @Property(tries = 1000)
    void catalogReaderGivesAValueOrAFormatException(@ForAll("catalogs") byte[] doc) {
        Hostile.attempt("Oscal.readCatalog", doc, FormatException.class,
                () -> Oscal.readCatalog(new ByteArrayInputStream(doc), "hostile.json", OscalOptions.defaults()));
    }

    @Property(tries = 1000)
    void profileReaderGivesAValueOrAFormatException(@ForAll("profiles") byte[] doc) {
        Hostile.attempt("Oscal.readProfile", doc, FormatException.class,
                () -> Oscal.readProfile(new ByteArrayInputStream(doc), "hostile.json"));
    }

    @Property(tries = 1000)
    void mappingCollectionReaderGivesAValueOrAFormatException(@ForAll("mappings") byte[] doc) {
        Hostile.attempt("Oscal.readMappingCollection", doc, FormatException.class,
                () -> Oscal.readMappingCollection(new ByteArrayInputStream(doc), "hostile.json"));
    }

    @Provide
    Arbitrary<byte[]> catalogs() {
        return JsonMutations.of(Oscal.toJson(Seeds.catalog(), OscalOptions.defaults()));
    }

    @Provide
    Arbitrary<byte[]> profiles() {
        OscalProfile profile = OscalProfile.of("Selected controls", "1.0", List.of(OscalProfile.Import.of(
                "catalog.json", List.of(OscalProfile.Selection.of("iso27002-2022-5.1", "iso27002-2022-5.2", "iso27002-2022-8.1")),
                List.of(OscalProfile.Selection.of("iso27002-2022-8.2")))));
        return JsonMutations.of(Oscal.toJson(profile));
    }

    @Provide
    Arbitrary<byte[]> mappings() {
        return JsonMutations.of(Oscal.toJson(Seeds.mappings()));
    }
}
