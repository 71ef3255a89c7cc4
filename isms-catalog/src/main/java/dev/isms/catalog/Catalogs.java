// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.internal.data.BuiltIns;
import dev.isms.core.Catalog;
import dev.isms.core.ProviderException;
import dev.isms.core.UnknownIdException;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The entry point to the built-in catalogues, requirements, mappings and standards register, and to catalogues
 * plugged in through {@link dev.isms.catalog.spi.CatalogProvider}.
 *
 * <pre>{@code
 * Catalog iso = Catalogs.iso27002_2022();
 * int n = iso.query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE).count();
 * MappingSet nist = Catalogs.mapping("nist-sp800-53r5-to-iso27001-2022");
 * Optional<Catalog> acme = Catalogs.find("acme:2025");          // Catalogs.standard().find(...)
 * }</pre>
 *
 * <p>Each built-in is loaded once, on first use, and shared: later calls return the same instance without
 * locking. The built-ins hold ids, titles, attributes and id-only mappings, never the standards' text.
 *
 * @since 0.1
 */
public final class Catalogs {
    private Catalogs() {
    }

    /**
     * {@return ISO/IEC 27002:2022: 93 controls in four themes with their five attributes (id
     * {@code "iso27002:2022"})}
     *
     * @throws CatalogException if the built-in data is missing or corrupt, naming it
     */
    public static Catalog iso27002_2022() {
        return BuiltIns.iso27002_2022();
    }

    /**
     * {@return ISO/IEC 27001:2013 Annex A: 114 controls in 14 domains and 35 objectives (id
     * {@code "iso27001:2013"})}
     *
     * @throws CatalogException if the built-in data is missing or corrupt, naming it
     */
    public static Catalog iso27001_2013() {
        return BuiltIns.iso27001_2013();
    }

    /**
     * {@return the clauses 4 to 10 of ISO/IEC 27001:2022 with Amendment 1:2024 (id {@code "iso27001:2022"})}
     *
     * @throws CatalogException if the built-in data is missing or corrupt, naming it
     */
    public static RequirementSet iso27001_2022Requirements() {
        return BuiltIns.iso27001_2022Requirements();
    }

    /**
     * {@return the official correspondence of ISO/IEC 27002:2022 Annex B from ISO/IEC 27001:2013 Annex A to
     * ISO/IEC 27002:2022 (id {@code "iso27001-2013-to-iso27002-2022"}); every row is {@code intersects-with}, as the
     * table states correspondence only}
     *
     * @throws CatalogException if the built-in data is missing or corrupt, naming it
     */
    public static MappingSet mapping2013To2022() {
        return BuiltIns.mapping(BuiltIns.MAPPING_2013_2022_ID);
    }

    /**
     * {@return NIST's crosswalk from NIST SP 800-53 rev. 5 controls ({@code AC-2(12)}) to ISO/IEC 27001:2022 clauses
     * ({@code 6.1.2}) and Annex A controls ({@code A.5.15}, the control 5.15 of ISO/IEC 27002:2022), id
     * {@code "nist-sp800-53r5-to-iso27001-2022"}; ids only, every row {@code intersects-with}; Annex A leaves 7.6
     * and 8.34 unmapped}
     *
     * @throws CatalogException if the built-in data is missing or corrupt, naming it
     */
    public static MappingSet nistSp800_53r5ToIso27001_2022() {
        return BuiltIns.mapping(BuiltIns.MAPPING_SP800_53_ID);
    }

    /**
     * {@return NIST's crosswalk from NIST Cybersecurity Framework 2.0 subcategories ({@code PR.DS-01}) to
     * ISO/IEC 27001:2022 clauses and Annex A controls ({@code A.5.15}), id {@code "nist-csf2.0-to-iso27001-2022"};
     * ids only, every row {@code intersects-with}; 26 Annex A controls are unmapped}
     *
     * @throws CatalogException if the built-in data is missing or corrupt, naming it
     */
    public static MappingSet nistCsf2ToIso27001_2022() {
        return BuiltIns.mapping(BuiltIns.MAPPING_CSF_ID);
    }

    /**
     * {@return the identity of ISO/IEC 27001:2022 Annex A and ISO/IEC 27002:2022 (id
     * {@code "iso27001-2022-annex-a-to-iso27002-2022"}): one {@code equal} row per control, from Annex A control
     * {@code A.5.15} (catalogue {@code "iso27001:2022"}, the form NIST's crosswalks use) to control {@code 5.15} of
     * {@code "iso27002:2022"}, rationale syntactic (Annex A repeats the control statements of ISO/IEC 27002:2022
     * under the same numbers)}
     *
     * <p>This is the explicit bridge between the two id forms: join it to a crosswalk with
     * {@link dev.isms.core.mapping.MappingChain} ({@code MappingChain.of(nistCsf2ToIso27001_2022(),
     * annexAToIso27002_2022())} reaches the ISO/IEC 27002 controls; clauses, which are not controls, drop out) rather
     * than cutting {@code "A."} off ids.
     *
     * @throws CatalogException if the built-in ISO/IEC 27002:2022 data is missing or corrupt, naming it
     * @since 0.2
     */
    public static MappingSet annexAToIso27002_2022() {
        return BuiltIns.mapping(BuiltIns.MAPPING_ANNEX_A_ID);
    }

    /**
     * Returns a built-in mapping set by id.
     *
     * @param mappingSetId one of {@link #mappingIds()}, such as {@code "nist-sp800-53r5-to-iso27001-2022"}
     * @return the mapping set, loaded once and shared
     * @throws UnknownIdException naming the id and the built-in ids if there is no such mapping set
     * @throws CatalogException if the built-in data is missing or corrupt, naming it
     */
    public static MappingSet mapping(String mappingSetId) {
        MappingSet m = BuiltIns.mapping(Objects.requireNonNull(mappingSetId, "mappingSetId"));
        if (m == null) {
            throw new UnknownIdException("mapping set", mappingSetId, "the built-in mapping sets "
                    + String.join(", ", BuiltIns.MAPPING_IDS));
        }
        return m;
    }

    /** {@return the ids of the built-in mapping sets, in a fixed order} */
    public static List<String> mappingIds() {
        return BuiltIns.MAPPING_IDS;
    }

    /**
     * {@return the ISO/IEC 27000 family register: current editions, unmodifiable, in number order}
     *
     * @throws CatalogException if the built-in data is missing or corrupt, naming it
     */
    public static List<Standard> iso27000Family() {
        return BuiltIns.iso27000Family();
    }

    /**
     * {@return the shared registry of the built-in catalogues and the providers registered with
     * {@link java.util.ServiceLoader}}; see {@link CatalogRegistry#standard()}
     *
     * @throws ProviderException on every call while a provider cannot be loaded or clashes with another
     */
    public static CatalogRegistry standard() {
        return CatalogRegistry.standard();
    }

    /**
     * {@return a builder of a registry with chosen providers, for tests and hosts without ServiceLoader}
     */
    public static CatalogRegistry.Builder builder() {
        return CatalogRegistry.builder();
    }

    /**
     * Finds a catalogue in the {@linkplain #standard() standard registry}.
     *
     * @param catalogId such as {@code "iso27002:2022"}, not null
     * @return the catalogue, or empty if none has the id
     * @throws ProviderException if providers clash or the one offering the id fails
     */
    public static Optional<Catalog> find(String catalogId) {
        return standard().find(catalogId);
    }

    /**
     * Returns a catalogue of the {@linkplain #standard() standard registry} that must exist.
     *
     * @param catalogId such as {@code "iso27002:2022"}, not null
     * @return the catalogue
     * @throws UnknownIdException naming the id and the available ids if none has the id
     * @throws ProviderException if providers clash or the one offering the id fails
     */
    public static Catalog require(String catalogId) {
        return standard().require(catalogId);
    }

    /**
     * {@return the ids of the catalogues of the {@linkplain #standard() standard registry}, sorted}
     *
     * @throws ProviderException if providers clash
     */
    public static Set<String> ids() {
        return standard().ids();
    }
}
