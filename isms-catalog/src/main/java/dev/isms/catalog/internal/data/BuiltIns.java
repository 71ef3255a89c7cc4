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
 * path), with the Jackson-free {@link JsonReader}, so that the first catalogue answers within milliseconds.
 * A resource that is missing or corrupt fails every call with a {@link CatalogException} naming it.
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
    /** The ISO/IEC 27000 family register resource. */
    public static final String ISO27000_FAMILY = "iso27000-family.json";

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

    /** {@return the ISO/IEC 27001:2013 to 27002:2022 correspondence} */
    public static MappingSet mapping2013To2022() {
        return (MappingSet) Mapping.OUTCOME.get();
    }

    /** {@return the ISO/IEC 27000 family register} */
    @SuppressWarnings("unchecked")
    public static List<Standard> iso27000Family() {
        return (List<Standard>) Family.OUTCOME.get();
    }

    /**
     * Reads and maps one resource of this package.
     *
     * @param name the resource's file name, such as {@code "iso27002-2022.json"}
     * @param kind which document format it holds: {@code catalog}, {@code requirements}, {@code mapping} or
     *        {@code standards}
     * @return the mapped object
     * @throws CatalogException naming the resource when it is missing, unreadable or malformed
     */
    public static Object load(String name, String kind) {
        String resource = PREFIX.concat(name);
        Object tree = JsonReader.parse(resource, bytes(name, resource), CatalogMapper.KNOWN);
        switch (kind) {
            case "catalog":
                return CatalogMapper.catalog(resource, tree);
            case "requirements":
                return SetMapper.requirements(resource, tree);
            case "mapping":
                return SetMapper.mappings(resource, tree);
            case "standards":
                return SetMapper.standards(resource, tree);
            default:
                throw new IllegalArgumentException("kind must be catalog, requirements, mapping or standards but was '"
                        + kind + "'");
        }
    }

    private static byte[] bytes(String name, String resource) {
        try (InputStream in = BuiltIns.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new CatalogException("built-in resource '" + resource + "' must be on the class path or in"
                        + " module dev.isms.catalog but is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CatalogException("built-in resource '" + resource + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** Holds ISO/IEC 27002:2022 once loaded. */
    private static final class Iso27002 {
        static final Outcome OUTCOME = Outcome.load(ISO27002_2022, "catalog");
    }

    /** Holds ISO/IEC 27001:2013 Annex A once loaded. */
    private static final class Iso27001 {
        static final Outcome OUTCOME = Outcome.load(ISO27001_2013, "catalog");
    }

    /** Holds the ISO/IEC 27001:2022 clauses once loaded. */
    private static final class Requirements {
        static final Outcome OUTCOME = Outcome.load(ISO27001_2022_REQUIREMENTS, "requirements");
    }

    /** Holds the 2013 to 2022 correspondence once loaded. */
    private static final class Mapping {
        static final Outcome OUTCOME = Outcome.load(MAPPING_2013_2022, "mapping");
    }

    /** Holds the ISO/IEC 27000 family register once loaded. */
    private static final class Family {
        static final Outcome OUTCOME = Outcome.load(ISO27000_FAMILY, "standards");
    }

    /** The outcome of loading one resource: its value, or the failure reported on every access (never an error). */
    private static final class Outcome {
        private final Object value;
        private final RuntimeException failure;

        private Outcome(Object value, RuntimeException failure) {
            this.value = value;
            this.failure = failure;
        }

        static Outcome load(String name, String kind) {
            try {
                return new Outcome(BuiltIns.load(name, kind), null);
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
