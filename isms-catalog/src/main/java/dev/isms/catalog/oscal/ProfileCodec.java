// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.catalog.internal.oscal.CatalogReader;
import dev.isms.catalog.internal.oscal.Cursor;
import dev.isms.catalog.internal.oscal.Documents;
import dev.isms.catalog.internal.oscal.Metadata;
import dev.isms.catalog.internal.oscal.Tree;
import dev.isms.catalog.internal.oscal.Vocabulary;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

// Reads and writes OSCAL profiles as OscalProfile values; lives beside the value type so that the internal package
// does not depend on the API package.
final class ProfileCodec {
    private static final Set<String> ROOT_FIELDS = Set.of("profile", "$schema");
    private static final Set<String> PROFILE_FIELDS = Set.of("uuid", "metadata", "imports", "merge", "modify",
            "back-matter");
    private static final Set<String> IMPORT_FIELDS = Set.of("href", "include-all", "include-controls",
            "exclude-controls");
    private static final Set<String> SELECT_FIELDS = Set.of("with-child-controls", "with-ids", "matching");

    private ProfileCodec() {
    }

    static OscalProfile read(Object root, Problems problems) {
        Cursor profile = CatalogReader.rootMember(Cursor.root(root, problems), "profile", ROOT_FIELDS);
        profile.object(PROFILE_FIELDS);
        problems.throwIfAny();
        CatalogReader.documentUuid(profile);
        Metadata meta = Metadata.read(profile.member("metadata"), "profile");
        List<OscalProfile.Import> imports = new ArrayList<>();
        List<Cursor> all = profile.array("imports");
        if (all.isEmpty() && !profile.member("imports").isPresent()) {
            profile.problem("required field 'imports' is missing");
        }
        for (Cursor i : all) {
            OscalProfile.Import imp = importOf(i);
            if (imp != null) {
                imports.add(imp);
            }
        }
        profile.opaque("merge", "object");
        profile.opaque("modify", "object");
        profile.opaque("back-matter", "object");
        problems.throwIfAny();
        try {
            return new OscalProfile(meta.title(), meta.version(), imports);
        } catch (IllegalArgumentException e) {
            profile.member("metadata").problem(e.getMessage());
            problems.throwIfAny();
            throw e; // not reached: a problem was added
        }
    }

    private static OscalProfile.Import importOf(Cursor i) {
        if (!i.object(IMPORT_FIELDS)) {
            return null;
        }
        int before = i.problems().size();
        String href = i.string("href", true);
        boolean all = i.member("include-all").isPresent();
        i.opaque("include-all", "object");
        List<OscalProfile.Selection> include = selections(i.array("include-controls"));
        List<OscalProfile.Selection> exclude = selections(i.array("exclude-controls"));
        if (all == !include.isEmpty() && i.problems().size() == before) {
            i.problem("an import must have either 'include-all' or 'include-controls'"
                    + (all ? ", not both" : ""));
        }
        if (i.problems().size() > before) {
            return null;
        }
        try {
            return new OscalProfile.Import(href, all, include, exclude);
        } catch (IllegalArgumentException e) {
            // a value the document may hold but the model refuses, such as a control character in the href
            i.problem(e.getMessage());
            return null;
        }
    }

    private static List<OscalProfile.Selection> selections(List<Cursor> all) {
        List<OscalProfile.Selection> out = new ArrayList<>();
        for (Cursor s : all) {
            if (!s.object(SELECT_FIELDS)) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (Cursor id : s.array("with-ids")) {
                String text = id.text(true);
                if (text != null && Cursor.isToken(text)) {
                    ids.add(text);
                } else if (text != null) {
                    id.problem("must be an OSCAL token (a control id) but was " + Checks.quote(text));
                }
            }
            List<String> patterns = new ArrayList<>();
            for (Cursor m : s.array("matching")) {
                if (m.object(Set.of("pattern"))) {
                    String p = m.string("pattern", true);
                    if (p != null) {
                        patterns.add(p);
                    }
                }
            }
            String children = s.string("with-child-controls", false);
            if (children != null && !children.equals("yes") && !children.equals("no")) {
                s.member("with-child-controls").problem("must be 'yes' or 'no' but was " + Checks.quote(children));
            }
            if (ids.isEmpty() && patterns.isEmpty()) {
                if (!s.member("with-ids").isPresent() && !s.member("matching").isPresent()) {
                    s.problem("a selection must have 'with-ids' or 'matching'");
                }
                continue;
            }
            try {
                out.add(new OscalProfile.Selection(ids, patterns, "yes".equals(children)));
            } catch (IllegalArgumentException e) {
                s.problem(e.getMessage());
            }
        }
        return out;
    }

    static byte[] write(JsonFactory factory, OscalProfile profile, String lastModified) {
        List<Object> imports = Tree.list();
        for (OscalProfile.Import i : profile.imports()) {
            imports.add(Tree.object().put("href", i.href()).put("include-all", i.includeAll() ? Tree.object() : null)
                    .put("include-controls", trees(i.include())).put("exclude-controls", trees(i.exclude())));
        }
        Tree metadata = Tree.object().put("title", profile.title())
                .put("last-modified", lastModified == null ? Vocabulary.DEFAULT_LAST_MODIFIED : lastModified)
                .put("version", profile.version()).put("oscal-version", Vocabulary.OSCAL_VERSION);
        Tree body = Tree.object().put("uuid", Documents.NIL_UUID).put("metadata", metadata).put("imports", imports)
                .put("merge", Tree.object().put("as-is", Boolean.TRUE));
        return Documents.print(factory, "profile", body);
    }

    private static List<Object> trees(List<OscalProfile.Selection> all) {
        List<Object> out = Tree.list();
        for (OscalProfile.Selection s : all) {
            List<Object> matching = Tree.list();
            s.patterns().forEach(p -> matching.add(Tree.object().put("pattern", p)));
            out.add(Tree.object().put("with-child-controls", s.withChildControls() ? "yes" : null)
                    .put("with-ids", new ArrayList<Object>(s.withIds())).put("matching", matching));
        }
        return out;
    }
}
