// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the parts of a control and renders its statement as plain text: the statement's prose, then each item on a
 * line of its own, its label first and sub-items indented by two spaces per level. A statement of one prose (what
 * isms writes) renders as that prose, so a catalogue's text reads back unchanged.
 */
final class Parts {
    private Parts() {
    }

    /** {@return the control's statement text, or null if it has none}; reports malformed parts */
    static String statement(Cursor control) {
        List<String> lines = new ArrayList<>();
        for (Cursor p : control.array("parts")) {
            String name = check(p);
            if ("statement".equals(name)) {
                render(p, -1, lines);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String check(Cursor part) {
        if (!part.object(Vocabulary.PART_FIELDS)) {
            return null;
        }
        part.token("id", false);
        part.string("ns", false);
        part.token("class", false);
        part.string("title", false);
        ControlReader.links(part);
        return part.token("name", true);
    }

    private static void render(Cursor part, int depth, List<String> lines) {
        String label = null;
        for (Cursor c : part.array("props")) {
            Prop p = Prop.read(c);
            if (p != null && p.oscal() && Vocabulary.LABEL.equals(p.name())) {
                label = p.value();
            }
        }
        Object prose = part.member("prose").value();
        if (prose != null && !(prose instanceof String)) {
            part.member("prose").problem("must be a string but is " + Cursor.kind(prose));
            prose = null;
        }
        String text = prose == null || ((String) prose).isBlank() ? null : (String) prose;
        if (text != null || label != null) {
            String line = label == null ? text : text == null ? label : label + " " + text;
            lines.add("  ".repeat(Math.max(0, depth)) + line);
        }
        for (Cursor child : part.array("parts")) {
            check(child);
            render(child, depth + 1, lines);
        }
    }
}
