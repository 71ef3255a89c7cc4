// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the controls of a catalog, depth first (a control, then its child controls), into core controls: ids from
 * the OSCAL id (or, in isms documents, the {@code label}), the group they sit in, their parent, attributes and theme,
 * and the statement part as text. Withdrawn controls are kept and listed, or skipped with their children.
 */
final class ControlReader {
    private static final Set<String> CONTROL_FIELDS = Set.of("id", "class", "title", "params", "props", "links",
            "parts", "controls");

    private final boolean isms;
    private final Map<String, Cursor> oscalIds;
    private final boolean keepWithdrawn;
    private final boolean idsFromLabels;
    private final List<Control> controls = new ArrayList<>();
    private final List<String> withdrawn = new ArrayList<>();
    private final Map<ControlId, Cursor> seen = new HashMap<>();

    ControlReader(boolean isms, Map<String, Cursor> oscalIds, boolean keepWithdrawn, boolean idsFromLabels) {
        this.isms = isms;
        this.oscalIds = oscalIds;
        this.keepWithdrawn = keepWithdrawn;
        this.idsFromLabels = idsFromLabels;
    }

    boolean isms() {
        return isms;
    }

    List<Control> controls() {
        return controls;
    }

    List<String> withdrawn() {
        return withdrawn;
    }

    void readAll(List<Cursor> all, Optional<String> group, ControlId parent) {
        for (Cursor c : all) {
            control(c, group, parent);
        }
    }

    private void control(Cursor c, Optional<String> group, ControlId parent) {
        if (!c.object(CONTROL_FIELDS)) {
            return;
        }
        String oscalId = c.token("id", true);
        String title = c.oneLine("title", "control title");
        Props props = Props.read(c, isms);
        if (oscalId != null) {
            unique(oscalIds, oscalId, c.member("id"));
        }
        String text = Parts.statement(c);
        c.opaque("params", "array");
        links(c);
        boolean fromLabel = isms || idsFromLabels && props.hasLabel();
        ControlId id = fromLabel ? parse(props.label(c), props.labelAt()) : parse(oscalId, c.member("id"));
        if (id != null && seen.putIfAbsent(id, c) != null) {
            c.problem("duplicate control id " + Checks.quote(id.toString()) + " (first at " + seen.get(id).pointer()
                    + ")");
            id = null;
        }
        if (props.withdrawn() && !keepWithdrawn) {
            return;
        }
        if (id != null && title != null) {
            try {
                controls.add(new Control(id, title, Optional.ofNullable(props.theme()), group,
                        ControlAttributes.of(props.attributes()), Optional.ofNullable(text),
                        Optional.ofNullable(parent)));
            } catch (IllegalArgumentException e) {
                c.problem(e.getMessage());
            }
            if (props.withdrawn()) {
                withdrawn.add(id.toString());
            }
        }
        readAll(c.array("controls"), group, id);
    }

    static void links(Cursor owner) {
        for (Cursor l : owner.array("links")) {
            if (l.object(Vocabulary.LINK_FIELDS)) {
                l.string("href", true);
            }
        }
    }

    /** Reports an OSCAL id used twice in one document. */
    static void unique(Map<String, Cursor> ids, String id, Cursor at) {
        Cursor first = ids.putIfAbsent(id, at);
        if (first != null) {
            at.problem("duplicate OSCAL id " + Checks.quote(id) + " (first at " + first.pointer() + ")");
        }
    }

    private static ControlId parse(String text, Cursor at) {
        if (text == null) {
            return null;
        }
        try {
            return ControlId.parse(text);
        } catch (TextParseException e) {
            at.problem("cannot be an isms control id: " + e.getMessage());
            return null;
        }
    }
}
