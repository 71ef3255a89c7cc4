// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import dev.isms.core.internal.Checks;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata of an OSCAL document as the readers need it: the required fields, the publisher (the isms property,
 * else the party holding the {@code publisher} or {@code creator} role) and the isms properties that make a document
 * read back exactly.
 *
 * @param isms true if the document was written by isms (it names its catalogue or mapping set in the isms namespace)
 * @param catalogId the isms catalogue id, or null
 * @param mappingSetId the isms mapping set id, or null
 * @param title the title
 * @param version the document version
 * @param lastModified the last-modified time
 * @param published the publication time, or null
 * @param oscalVersion the OSCAL version
 * @param publisher the publisher, {@code unspecified} if none is named
 * @param entries the isms metadata entries in document order
 */
public record Metadata(boolean isms, String catalogId, String mappingSetId, String title, String version,
        String lastModified, String published, String oscalVersion, String publisher, Map<String, String> entries) {

    /** Reads and checks the metadata object at a cursor; problems go to the cursor's collection. */
    public static Metadata read(Cursor m, String model) {
        if (!m.isPresent()) {
            m.text(true);
            return new Metadata(false, null, null, null, null, null, null, null, "unspecified", Map.of());
        }
        m.object(Vocabulary.METADATA_FIELDS);
        String title = m.string("title", true);
        String lastModified = m.string("last-modified", true);
        String version = m.string("version", true);
        String oscalVersion = m.string("oscal-version", true);
        String published = m.string("published", false);
        for (String other : List.of("revisions", "document-ids", "links", "roles", "locations", "actions")) {
            m.opaque(other, "array");
        }
        m.string("remarks", false);
        Map<String, String> entries = new LinkedHashMap<>();
        String catalogId = null;
        String setId = null;
        String publisher = null;
        for (Cursor p : m.array("props")) {
            Prop prop = Prop.read(p);
            if (prop == null || !prop.isms()) {
                continue;
            }
            switch (prop.name()) {
                case Vocabulary.CATALOG_ID:
                    catalogId = prop.value();
                    break;
                case Vocabulary.MAPPING_SET_ID:
                    setId = prop.value();
                    break;
                case Vocabulary.PUBLISHER:
                    publisher = prop.value();
                    break;
                case Vocabulary.METADATA:
                    entry(p, prop, entries);
                    break;
                default:
                    p.member("name").problem("unknown isms property " + Checks.quote(prop.name()) + " in " + model
                            + " metadata");
            }
        }
        if (publisher == null) {
            publisher = party(m);
        }
        boolean isms = catalogId != null || setId != null;
        return new Metadata(isms, catalogId, setId, title, version, lastModified, published, oscalVersion,
                publisher == null ? "unspecified" : publisher, entries);
    }

    /** {@return the name of the party with the publisher (or else creator) role, or null} */
    private static String party(Cursor m) {
        Map<String, String> names = new HashMap<>();
        for (Cursor p : m.array("parties")) {
            String uuid = p.string("uuid", false);
            String name = p.string("name", false);
            if (uuid != null && name != null) {
                names.put(uuid, name);
            }
        }
        Map<String, String> byRole = new HashMap<>();
        for (Cursor rp : m.array("responsible-parties")) {
            String role = rp.string("role-id", false);
            List<Cursor> uuids = rp.array("party-uuids");
            if (role != null && !uuids.isEmpty() && names.containsKey(uuids.get(0).text(false))) {
                byRole.putIfAbsent(role, names.get(uuids.get(0).text(false)));
            }
        }
        return byRole.containsKey("publisher") ? byRole.get("publisher") : byRole.get("creator");
    }

    /** Adds one isms metadata entry (key as value, value as remarks), reporting a repeated or refused one. */
    private static void entry(Cursor p, Prop prop, Map<String, String> entries) {
        String key = prop.value();
        String value = prop.remarks() == null ? "" : prop.remarks();
        try {
            Checks.metadata(Map.of(key, value));
        } catch (IllegalArgumentException e) {
            p.problem(e.getMessage());
            return;
        }
        if (entries.putIfAbsent(key, value) != null) {
            p.problem("duplicate isms metadata key " + Checks.quote(key));
        }
    }
}
