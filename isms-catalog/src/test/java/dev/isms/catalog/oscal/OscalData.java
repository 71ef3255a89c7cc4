// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import dev.isms.catalog.SharedData;
import dev.isms.core.Catalog;
import java.nio.file.Path;

/** The OSCAL files of {@code ../shared/oscal} used by the tests, and the NIST SP 800-53 catalogue read once. */
final class OscalData {
    private OscalData() {
    }

    static Path nistCatalog() {
        return SharedData.oscalDir().resolve("sp800-53-rev5/NIST_SP-800-53_rev5.0.1_catalog.json");
    }

    static Path baseline(String level) {
        return SharedData.oscalDir().resolve("sp800-53-rev5/NIST_SP-800-53_rev5_" + level + "-baseline_profile.json");
    }

    static Path moderateResolved() {
        return SharedData.oscalDir()
                .resolve("sp800-53-rev5/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json");
    }

    static Path schema(String version, String model) {
        return SharedData.oscalDir().resolve("schema/" + version + "/oscal_" + model + "_schema.json");
    }

    static Path file(String relative) {
        return SharedData.oscalDir().resolve(relative);
    }

    /** {@return NIST SP 800-53 rev5 read with the default options}; read on each call, the tests share one per class */
    static Catalog nist() {
        return Oscal.readCatalog(nistCatalog());
    }
}
