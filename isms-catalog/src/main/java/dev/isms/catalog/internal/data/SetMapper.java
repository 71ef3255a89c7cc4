// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.catalog.Standard;
import dev.isms.core.ControlId;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.TextParseException;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps {@link JsonReader} trees in the {@code isms-requirements}, {@code isms-mapping} and {@code isms-standards}
 * formats onto core objects without Jackson, collecting every problem before throwing once.
 */
public final class SetMapper {
    private SetMapper() {
    }

    /**
     * Maps a requirements document.
     *
     * @param resource the document's name
     * @param tree the parsed document
     * @return the requirement set
     * @throws FormatException listing every problem
     */
    public static RequirementSet requirements(String resource, Object tree) {
        List<Problem> problems = new ArrayList<>();
        Node root = Node.root(tree, problems);
        RequirementSet result = null;
        if (root.object("format", "formatVersion", "id", "title", "edition", "metadata", "requirements")) {
            CatalogMapper.header(root, "isms-requirements");
            String id = root.text("id");
            String title = root.text("title");
            String edition = root.text("edition");
            Map<String, String> metadata = metadata(root);
            List<Requirement> clauses = new ArrayList<>();
            for (Node r : root.elements("requirements", true)) {
                Requirement clause = requirement(r);
                if (clause != null) {
                    clauses.add(clause);
                }
            }
            try {
                result = id == null || title == null || edition == null ? null
                        : RequirementSet.of(id, title, edition, metadata, clauses);
            } catch (IllegalArgumentException | TextParseException e) {
                root.problem(e.getMessage());
            }
        }
        return checked(resource, problems, result);
    }

    private static Requirement requirement(Node r) {
        if (!r.object("id", "title", "parent", "documentedInformation", "documentedInformationNote", "amendment")) {
            return null;
        }
        String id = r.text("id");
        String title = r.text("title");
        Optional<String> parent = r.optText("parent");
        boolean documented = r.bool("documentedInformation");
        Optional<String> note = r.optText("documentedInformationNote");
        Optional<String> amendment = r.optText("amendment");
        if (id == null || title == null) {
            return null;
        }
        try {
            Optional<ControlId> p = parent.isPresent() ? Optional.of(ControlId.parse(parent.get())) : Optional.empty();
            return new Requirement(ControlId.parse(id), title, p, documented, note, amendment);
        } catch (IllegalArgumentException | TextParseException e) {
            r.problem(e.getMessage());
            return null;
        }
    }

    /**
     * Maps a mapping document.
     *
     * @param resource the document's name
     * @param tree the parsed document
     * @return the mapping set
     * @throws FormatException listing every problem
     */
    public static MappingSet mappings(String resource, Object tree) {
        List<Problem> problems = new ArrayList<>();
        Node root = Node.root(tree, problems);
        MappingSet result = null;
        if (root.object("format", "formatVersion", "id", "sourceCatalog", "targetCatalog", "metadata", "mappings")) {
            CatalogMapper.header(root, "isms-mapping");
            String id = root.text("id");
            String source = root.text("sourceCatalog");
            String target = root.text("targetCatalog");
            Map<String, String> metadata = metadata(root);
            List<Mapping> mappings = new ArrayList<>();
            for (Node m : root.elements("mappings", true)) {
                Mapping mapping = mapping(m);
                if (mapping != null) {
                    mappings.add(mapping);
                }
            }
            try {
                result = id == null || source == null || target == null ? null
                        : MappingSet.of(id, source, target, metadata, mappings);
            } catch (IllegalArgumentException | TextParseException e) {
                root.problem(e.getMessage());
            }
        }
        return checked(resource, problems, result);
    }

    private static Mapping mapping(Node m) {
        if (!m.object("source", "target", "relationship", "rationale", "strength")) {
            return null;
        }
        String source = m.text("source");
        String target = m.text("target");
        String relationship = m.text("relationship");
        Optional<String> rationale = m.optText("rationale");
        OptionalInt strength = m.member("strength").isPresent()
                ? OptionalInt.of((int) m.integer("strength", 0, Mapping.MAX_STRENGTH)) : OptionalInt.empty();
        if (source == null || target == null || relationship == null) {
            return null;
        }
        try {
            Optional<Rationale> r = rationale.isPresent() ? Optional.of(Rationale.parse(rationale.get()))
                    : Optional.empty();
            return new Mapping(ControlId.parse(source), ControlId.parse(target), Relationship.parse(relationship),
                    r, strength);
        } catch (IllegalArgumentException | TextParseException e) {
            m.problem(e.getMessage());
            return null;
        }
    }

    /**
     * Maps a standards-register document.
     *
     * @param resource the document's name
     * @param tree the parsed document
     * @return the standards in register order, unmodifiable
     * @throws FormatException listing every problem
     */
    public static List<Standard> standards(String resource, Object tree) {
        List<Problem> problems = new ArrayList<>();
        Node root = Node.root(tree, problems);
        List<Standard> result = new ArrayList<>();
        if (root.object("format", "formatVersion", "id", "metadata", "standards")) {
            CatalogMapper.header(root, "isms-standards");
            root.text("id");
            metadata(root);
            for (Node s : root.elements("standards", true)) {
                Standard standard = standard(s);
                if (standard != null) {
                    result.add(standard);
                }
            }
        }
        return checked(resource, problems, Collections.unmodifiableList(result));
    }

    private static Standard standard(Node s) {
        if (!s.object("number", "part", "edition", "prefix", "title", "kind", "note")) {
            return null;
        }
        int number = (int) s.integer("number", 1, 99_999);
        OptionalInt part = s.member("part").isPresent() ? OptionalInt.of((int) s.integer("part", 1, 99))
                : OptionalInt.empty();
        int edition = (int) s.integer("edition", 1900, 2999);
        Optional<String> prefix = s.optText("prefix");
        String title = s.text("title");
        String kind = s.text("kind");
        Optional<String> note = s.optText("note");
        if (title == null || kind == null) {
            return null;
        }
        try {
            return new Standard(publisherOf(note), number, part, edition, prefix, title, kind, note);
        } catch (IllegalArgumentException | TextParseException e) {
            s.problem(e.getMessage());
            return null;
        }
    }

    /**
     * Derives the publisher from a register note: the register marks the standards ISO publishes alone with a
     * note starting {@code "ISO, not ISO/IEC"}; all others are ISO/IEC.
     *
     * @param note the register note
     * @return {@code "ISO"} or {@code "ISO/IEC"}
     */
    public static String publisherOf(Optional<String> note) {
        return note.isPresent() && note.get().startsWith("ISO, not ISO/IEC") ? "ISO" : "ISO/IEC";
    }

    private static Map<String, String> metadata(Node root) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] e : root.stringEntries("metadata")) {
            out.put(e[0], e[1]);
        }
        return out;
    }

    private static <T> T checked(String resource, List<Problem> problems, T result) {
        if (!problems.isEmpty()) {
            throw new FormatException(resource, problems);
        }
        if (result == null) {
            throw new FormatException(resource, List.of(new Problem("", "document could not be mapped")));
        }
        return result;
    }
}
