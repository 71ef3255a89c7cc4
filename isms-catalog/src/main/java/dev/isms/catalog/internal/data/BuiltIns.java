// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.CatalogException;
import dev.isms.catalog.Standard;
import dev.isms.core.Catalog;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Loads each built-in resource once, lazily and thread-safely (one holder class per resource, no locks on the read
 * path), from the compact form the build compiles from the JSON resources, so that the first catalogue answers
 * within milliseconds. A resource that is missing or corrupt fails every call with a {@link CatalogException} naming
 * it (a holder never fails its own initialisation, so there is no {@code ExceptionInInitializerError}).
 */
public final class BuiltIns {
    /** The ISO/IEC 27002:2022 catalogue resource. */
    public static final String ISO27002_2022 = "iso27002-2022.json";
    /** The ISO/IEC 27001:2013 Annex A catalogue resource. */
    public static final String ISO27001_2013 = "iso27001-2013.json";
    /** The ISO/IEC 27001:2022 clauses resource. */
    public static final String ISO27001_2022_REQUIREMENTS = "iso27001-2022-requirements.json";
    /** The ISO/IEC 27001:2013 to 27002:2022 correspondence resource. */
    public static final String MAPPING_2013_2022 = "mapping-iso27001-2013-to-iso27002-2022.json";
    /** The NIST SP 800-53 rev. 5 to ISO/IEC 27001:2022 crosswalk resource. */
    public static final String MAPPING_SP800_53 = "mapping-nist-sp800-53r5-to-iso27001-2022.json";
    /** The NIST CSF 2.0 to ISO/IEC 27001:2022 crosswalk resource. */
    public static final String MAPPING_CSF = "mapping-nist-csf2.0-to-iso27001-2022.json";
    /** The ISO/IEC 27000 family register resource. */
    public static final String ISO27000_FAMILY = "iso27000-family.json";

    /** Every built-in JSON resource, in a fixed order; the build compiles each into the compact form. */
    public static final List<String> RESOURCES = List.of(ISO27002_2022, ISO27001_2013, ISO27001_2022_REQUIREMENTS,
            MAPPING_2013_2022, MAPPING_SP800_53, MAPPING_CSF, ISO27000_FAMILY);

    /** The id of the 2013 to 2022 correspondence. */
    public static final String MAPPING_2013_2022_ID = "iso27001-2013-to-iso27002-2022";
    /** The id of the NIST SP 800-53 rev. 5 crosswalk. */
    public static final String MAPPING_SP800_53_ID = "nist-sp800-53r5-to-iso27001-2022";
    /** The id of the NIST CSF 2.0 crosswalk. */
    public static final String MAPPING_CSF_ID = "nist-csf2.0-to-iso27001-2022";
    /** The id of the identity of ISO/IEC 27001:2022 Annex A and ISO/IEC 27002:2022, derived from the catalogue. */
    public static final String MAPPING_ANNEX_A_ID = "iso27001-2022-annex-a-to-iso27002-2022";
    /** The ids of the built-in mapping sets, in a fixed order. */
    public static final List<String> MAPPING_IDS = List.of(MAPPING_2013_2022_ID, MAPPING_SP800_53_ID, MAPPING_CSF_ID,
            MAPPING_ANNEX_A_ID);

    private static final String PREFIX = "dev/isms/catalog/internal/data/";

    private BuiltIns() {
    }

    /** {@return the ISO/IEC 27002:2022 catalogue} */
    public static Catalog iso27002_2022() {
        return (Catalog) Iso27002.OUTCOME.get();
    }

    /** {@return the ISO/IEC 27001:2013 Annex A catalogue} */
    public static Catalog iso27001_2013() {
        return (Catalog) Iso27001.OUTCOME.get();
    }

    /** {@return the ISO/IEC 27001:2022 clauses} */
    public static RequirementSet iso27001_2022Requirements() {
        return (RequirementSet) Requirements.OUTCOME.get();
    }

    /**
     * Returns a built-in mapping set.
     *
     * @param id one of {@link #MAPPING_IDS}
     * @return the mapping set, or null if no built-in has the id
     */
    public static MappingSet mapping(String id) {
        switch (id) {
            case MAPPING_2013_2022_ID:
                return (MappingSet) Mapping2013.OUTCOME.get();
            case MAPPING_SP800_53_ID:
                return (MappingSet) Sp80053.OUTCOME.get();
            case MAPPING_CSF_ID:
                return (MappingSet) Csf.OUTCOME.get();
            case MAPPING_ANNEX_A_ID:
                return (MappingSet) AnnexA.OUTCOME.get();
            default:
                return null;
        }
    }

    /** {@return the ISO/IEC 27000 family register} */
    @SuppressWarnings("unchecked")
    public static List<Standard> iso27000Family() {
        return (List<Standard>) Family.OUTCOME.get();
    }

    /**
     * Reads one built-in resource from its compact form.
     *
     * @param name the JSON resource's file name, such as {@code "iso27002-2022.json"}
     * @return the value
     * @throws CatalogException naming the resource when its compact form is missing, unreadable or corrupt
     */
    public static Object load(String name) {
        String compact = compactName(name);
        String resource = PREFIX.concat(compact);
        try (InputStream in = BuiltIns.class.getResourceAsStream(compact)) {
            if (in == null) {
                throw new CatalogException("built-in data '".concat(resource).concat("' must be on the class path"
                        + " or in module dev.isms.catalog but is missing (the build compiles it from '")
                        .concat(name).concat("' in the process-classes phase)"));
            }
            return CompactReader.read(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new CatalogException("built-in data '".concat(resource).concat("' cannot be read: ")
                    .concat(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Names the compact form of a JSON resource.
     *
     * @param jsonName such as {@code "iso27002-2022.json"}
     * @return such as {@code "iso27002-2022.bin"}
     */
    public static String compactName(String jsonName) {
        int dot = jsonName.lastIndexOf('.');
        return (dot < 0 ? jsonName : jsonName.substring(0, dot)).concat(".bin");
    }

    /** Holds ISO/IEC 27002:2022 once loaded. */
    private static final class Iso27002 {
        static final Outcome OUTCOME = Outcome.load(ISO27002_2022);
    }

    /** Holds ISO/IEC 27001:2013 Annex A once loaded. */
    private static final class Iso27001 {
        static final Outcome OUTCOME = Outcome.load(ISO27001_2013);
    }

    /** Holds the ISO/IEC 27001:2022 clauses once loaded. */
    private static final class Requirements {
        static final Outcome OUTCOME = Outcome.load(ISO27001_2022_REQUIREMENTS);
    }

    /** Holds the 2013 to 2022 correspondence once loaded. */
    private static final class Mapping2013 {
        static final Outcome OUTCOME = Outcome.load(MAPPING_2013_2022);
    }

    /** Holds the NIST SP 800-53 crosswalk once loaded. */
    private static final class Sp80053 {
        static final Outcome OUTCOME = Outcome.load(MAPPING_SP800_53);
    }

    /** Holds the NIST CSF 2.0 crosswalk once loaded. */
    private static final class Csf {
        static final Outcome OUTCOME = Outcome.load(MAPPING_CSF);
    }

    /** Holds the Annex A identity once derived from ISO/IEC 27002:2022. */
    private static final class AnnexA {
        static final Outcome OUTCOME = Outcome.annexA();
    }

    /** Holds the ISO/IEC 27000 family register once loaded. */
    private static final class Family {
        static final Outcome OUTCOME = Outcome.load(ISO27000_FAMILY);
    }

    /** The outcome of loading one resource: its value, or the failure reported on every access (never an error). */
    private static final class Outcome {
        private final Object value;
        private final RuntimeException failure;

        private Outcome(Object value, RuntimeException failure) {
            this.value = value;
            this.failure = failure;
        }

        static Outcome load(String name) {
            try {
                return new Outcome(BuiltIns.load(name), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        }

        static Outcome annexA() {
            try {
                return new Outcome(AnnexAIdentity.of(iso27002_2022()), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        }

        Object get() {
            if (failure != null) {
                throw new CatalogException(failure.getMessage(), failure);
            }
            return value;
        }
    }
}
