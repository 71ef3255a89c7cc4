// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What every exported document shares: the content-derived uuid, the root member and the metadata properties. */
public final class Documents {
    /** The placeholder uuid the content hash is taken over. */
    public static final String NIL_UUID = "00000000-0000-5000-8000-000000000000";

    private Documents() {
    }

    /**
     * Prints a document whose body starts with the placeholder uuid, replaced by {@code v5(isms namespace, the bytes
     * printed with the placeholder)}: the same content always gets the same uuid, and changed content another.
     */
    public static byte[] print(JsonFactory factory, String root, Tree body) {
        Tree doc = Tree.object().put(root, body);
        byte[] draft = Tree.print(factory, doc);
        UUID uuid = Uuids.v5(Uuids.ISMS, draft);
        body.put("uuid", uuid.toString());
        return Tree.print(factory, doc);
    }

    /** Adds one isms {@code metadata} property per entry: the key as value, the value (if not empty) as remarks. */
    public static void metadataProps(Map<String, String> metadata, List<Object> props) {
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            props.add(Tree.prop(Vocabulary.METADATA, Vocabulary.NS, CatalogWriter.string(e.getKey(), "metadata key"))
                    .put("remarks", e.getValue().isEmpty() ? null : e.getValue()));
        }
    }
}
