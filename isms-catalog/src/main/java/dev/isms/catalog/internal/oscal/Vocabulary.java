// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import dev.isms.core.Attribute;
import java.util.Map;
import java.util.Set;

/** The names isms writes into OSCAL documents and reads back: one place, so writer and reader cannot drift. */
public final class Vocabulary {
    /** The namespace of every isms property. */
    public static final String NS = "https://isms.dev/ns/oscal";
    /** The OSCAL version of catalogs and profiles written. */
    public static final String OSCAL_VERSION = "1.1.3";
    /** The OSCAL version of mapping collections written (the model is new in 1.2.0). */
    public static final String MAPPING_OSCAL_VERSION = "1.2.1";
    /** The last-modified time written when neither the options nor the content give one. */
    public static final String DEFAULT_LAST_MODIFIED = "1970-01-01T00:00:00Z";

    // Properties in the isms namespace.
    public static final String CATALOG_ID = "catalog-id";
    public static final String PUBLISHER = "publisher";
    public static final String METADATA = "metadata";
    public static final String THEME = "theme";
    public static final String KIND = "kind";
    public static final String MAPS_FROM = "maps-from";
    public static final String MAPS_TO = "maps-to";
    public static final String MAPPING_SET_ID = "mapping-set-id";
    public static final String STRENGTH = "strength";
    // ... of a system security plan (Statement of Applicability).
    public static final String SOA_DATE = "soa-date";
    public static final String APPROVED_BY = "approved-by";
    public static final String APPROVED_ON = "approved-on";
    public static final String APPLICABILITY = "applicability";
    public static final String INCLUSION_REASON = "inclusion-reason";
    public static final String IMPLEMENTATION_STATUS = "implementation-status";
    public static final String OWNER = "owner";
    public static final String RISK = "risk";
    public static final String REQUIREMENT = "requirement";
    public static final String APPLIED_CONTROL = "applied-control";
    // ... of assessment results (gap assessment).
    public static final String REQUIREMENT_SET_ID = "requirement-set-id";
    public static final String MATURITY_SCALE = "maturity-scale";
    public static final String ASSESSED_ITEM = "assessed-item";
    public static final String CONFORMITY = "conformity";
    public static final String MATURITY = "maturity";
    public static final String WEIGHT = "weight";
    public static final String RISK_ID = "risk-id";
    /** The naming system of OSCAL's own risk facets ({@code likelihood}, {@code impact}). */
    public static final String OSCAL_NS = "http://csrc.nist.gov/ns/oscal";

    // Properties without namespace (OSCAL's own).
    public static final String LABEL = "label";
    public static final String STATUS = "status";
    public static final String WITHDRAWN = "withdrawn";

    // Catalogue metadata keys that map to OSCAL fields of a document read from foreign OSCAL.
    public static final String META_UUID = "oscal.uuid";
    public static final String META_LAST_MODIFIED = "oscal.last-modified";
    public static final String META_PUBLISHED = "oscal.published";
    public static final String META_OSCAL_VERSION = "oscal.oscal-version";
    public static final String META_WITHDRAWN = "oscal.withdrawn";

    /** Attribute to property name, in attribute order. */
    public static final Map<Attribute, String> ATTRIBUTE_PROPS = Map.of(
            Attribute.CONTROL_TYPE, "control-type",
            Attribute.SECURITY_PROPERTY, "security-property",
            Attribute.CYBERSECURITY_CONCEPT, "cybersecurity-concept",
            Attribute.OPERATIONAL_CAPABILITY, "operational-capability",
            Attribute.SECURITY_DOMAIN, "security-domain");

    public static final Set<String> METADATA_FIELDS = Set.of("title", "published", "last-modified", "version",
            "oscal-version", "revisions", "document-ids", "props", "links", "roles", "locations", "parties",
            "responsible-parties", "actions", "remarks");
    public static final Set<String> PROP_FIELDS = Set.of("name", "uuid", "ns", "value", "class", "group", "remarks");
    public static final Set<String> LINK_FIELDS = Set.of("href", "rel", "media-type", "resource-fragment", "text");
    public static final Set<String> PART_FIELDS = Set.of("id", "name", "ns", "class", "title", "props", "prose",
            "parts",
            "links");

    private Vocabulary() {
    }

    public static Attribute attributeOf(String propName) {
        for (Map.Entry<Attribute, String> e : ATTRIBUTE_PROPS.entrySet()) {
            if (e.getValue().equals(propName)) {
                return e.getKey();
            }
        }
        return null;
    }
}
