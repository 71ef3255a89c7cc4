// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.Catalog;
import dev.isms.core.ControlGroup;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps an OSCAL catalog tree onto a {@link Catalog}, collecting every problem with its pointer. A document written
 * by isms (its metadata carries the isms {@code catalog-id} property) reads back exactly: ids from {@code label}
 * properties, publisher, metadata and group kinds from isms properties. Any other catalog keeps its OSCAL ids.
 */
public final class CatalogReader {
    static final Pattern UUID_PATTERN = Pattern.compile(
            "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");
    private static final Set<String> ROOT_FIELDS = Set.of("catalog", "$schema");
    private static final Set<String> CATALOG_FIELDS = Set.of("uuid", "metadata", "params", "controls", "groups",
            "back-matter");
    /** Members whose content the catalog reader checks for its JSON type only, so the tree need not hold it. */
    public static final Set<String> SKIPPED = Set.of("params", "back-matter", "revisions", "document-ids", "roles",
            "locations", "actions");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "class", "title", "params", "props", "links",
            "parts", "groups", "controls");

    private final ReadSettings settings;
    private final ControlReader controls;
    private final List<ControlGroup> groups = new ArrayList<>();
    private final Map<String, Cursor> groupPointers = new HashMap<>();
    private final Map<String, Cursor> oscalIds = new HashMap<>();

    private CatalogReader(ReadSettings settings, boolean isms) {
        this.settings = settings;
        this.controls = new ControlReader(isms, oscalIds, settings.keepWithdrawn(), settings.idsFromLabels());
    }

    /**
     * Maps a document tree.
     *
     * @param root the tree
     * @param problems where problems go; thrown here if there are any
     * @param settings the mapping settings
     * @return the catalogue
     * @throws dev.isms.core.FormatException listing every problem
     */
    public static Catalog read(Object root, Problems problems, ReadSettings settings) {
        Cursor doc = Cursor.root(root, problems);
        Cursor catalog = rootMember(doc, "catalog", ROOT_FIELDS);
        catalog.object(CATALOG_FIELDS);
        problems.throwIfAny();
        Cursor metadata = catalog.member("metadata");
        Metadata meta = Metadata.read(metadata, "catalog");
        documentUuid(catalog);
        CatalogReader r = new CatalogReader(settings, meta.isms());
        r.controls.readAll(catalog.array("controls"), Optional.empty(), null);
        List<Cursor> top = catalog.array("groups");
        for (int i = 0; i < top.size(); i++) {
            r.group(top.get(i), null, Integer.toString(i + 1));
        }
        catalog.opaque("params", "array");
        catalog.opaque("back-matter", "object");
        problems.throwIfAny();
        return r.build(meta, catalog, problems);
    }

    /** {@return the root member of an OSCAL document}; a wrong root is thrown at once, with the unknown members */
    public static Cursor rootMember(Cursor doc, String model, Set<String> allowed) {
        if (!doc.object(allowed)) {
            doc.problems().throwIfAny();
        }
        Cursor c = doc.member(model);
        if (!c.isPresent()) {
            doc.problem("document must be an OSCAL " + model + ": its root object must hold '" + model + "'");
            doc.problems().throwIfAny();
        }
        return c;
    }

    public static void documentUuid(Cursor body) {
        Cursor u = body.member("uuid");
        String uuid = u.text(true);
        if (uuid != null && !UUID_PATTERN.matcher(uuid).matches()) {
            u.problem("must be a version 4 or 5 UUID but was " + Checks.quote(uuid));
        }
    }

    private void group(Cursor g, String parent, String position) {
        if (!g.object(GROUP_FIELDS)) {
            return;
        }
        String title = g.oneLine("title", "group title");
        String oscalId = g.token("id", false);
        Props props = Props.read(g, controls.isms());
        String id = controls.isms() ? props.label(g) : oscalId != null ? oscalId : position;
        if (oscalId != null) {
            ControlReader.unique(oscalIds, oscalId, g.member("id"));
        }
        String kind = props.kind() != null ? props.kind() : g.token("class", false);
        if (id != null && groupPointers.putIfAbsent(id, g) != null) {
            g.problem("duplicate group id " + Checks.quote(id) + " (first at " + groupPointers.get(id).pointer() + ")");
        } else if (id != null && title != null) {
            try {
                groups.add(new ControlGroup(id, title, kind == null ? "group" : kind, Optional.ofNullable(parent)));
            } catch (IllegalArgumentException e) {
                g.problem(e.getMessage());
            }
        }
        for (String other : List.of("params", "links", "parts")) {
            g.opaque(other, "array");
        }
        controls.readAll(g.array("controls"), Optional.ofNullable(id), null);
        List<Cursor> subs = g.array("groups");
        for (int i = 0; i < subs.size(); i++) {
            group(subs.get(i), id, position + "." + (i + 1));
        }
    }

    private Catalog build(Metadata meta, Cursor catalog, Problems problems) {
        String uuid = catalog.member("uuid").text(true);
        String id = settings.catalogId() != null ? settings.catalogId()
                : meta.catalogId() != null ? meta.catalogId() : "oscal:" + uuid.toLowerCase(Locale.ROOT);
        Map<String, String> metadata = meta.isms() ? meta.entries() : foreignMetadata(meta);
        try {
            // Values were checked where they stand; a refusal here is a rule across them, reported at the catalog.
            Catalog.Builder b = Catalog.builder(id, meta.title()).edition(meta.version()).publisher(meta.publisher());
            metadata.forEach(b::metadata);
            groups.forEach(b::group);
            b.controls(controls.controls());
            return b.build();
        } catch (IllegalArgumentException e) {
            problems.add("/catalog", e.getMessage());
            throw problems.exception(e);
        }
    }

    private Map<String, String> foreignMetadata(Metadata meta) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(Vocabulary.META_LAST_MODIFIED, meta.lastModified());
        if (meta.published() != null) {
            out.put(Vocabulary.META_PUBLISHED, meta.published());
        }
        out.put(Vocabulary.META_OSCAL_VERSION, meta.oscalVersion());
        if (settings.keepWithdrawn() && !controls.withdrawn().isEmpty()) {
            out.put(Vocabulary.META_WITHDRAWN, String.join(" ", controls.withdrawn()));
        }
        return out;
    }
}
