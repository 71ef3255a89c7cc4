// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.csv;

import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Control;
import dev.isms.core.ControlAttributes;
import dev.isms.core.ControlId;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.TextParseException;
import dev.isms.core.Theme;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the catalogue export back into its controls (ids, titles, themes, parents, attributes), strictly: the
 * header must be the export's, every row has every cell, and each bad value is reported with its line and column,
 * at most {@value Problems#MAX_PROBLEMS} of them, the rest counted.
 */
public final class ControlsReader {
    private ControlsReader() {
    }

    /**
     * {@return the controls, in row order}
     *
     * @param rows the rows as read, the header first
     * @param resource the document's name for messages
     * @throws FormatException listing the problems
     */
    public static List<Control> read(List<CsvCodec.Row> rows, String resource) {
        if (rows.isEmpty() || !rows.get(0).cells().equals(CatalogTables.CONTROLS)) {
            throw new FormatException(resource, new Problem("line 1", "header must be "
                    + String.join(",", CatalogTables.CONTROLS) + " but was " + (rows.isEmpty() ? "missing"
                    : Checks.quote(String.join(",", rows.get(0).cells())))), null);
        }
        LineProblems problems = new LineProblems(resource);
        List<Control> out = new ArrayList<>();
        Set<ControlId> seen = new HashSet<>();
        for (CsvCodec.Row row : rows.subList(1, rows.size())) {
            Control c = control(row, problems, seen);
            if (c != null) {
                out.add(c);
            }
        }
        problems.throwIfAny();
        return List.copyOf(out);
    }

    private static Control control(CsvCodec.Row row, LineProblems problems, Set<ControlId> seen) {
        String at = "line " + row.line();
        List<String> c = row.cells();
        if (c.size() != CatalogTables.CONTROLS.size()) {
            problems.add(at, "must have " + CatalogTables.CONTROLS.size() + " cells but has " + c.size());
            return null;
        }
        int before = problems.size();
        ControlId id = parseId(c.get(0), "id", at, problems);
        if (id != null && !seen.add(id)) {
            problems.add(at, "id repeats control " + id);
        }
        try {
            Checks.notBlank(c.get(1), "title");
        } catch (IllegalArgumentException e) {
            problems.add(at, e.getMessage());
        }
        Theme theme = null;
        try {
            theme = c.get(2).isEmpty() ? null : Theme.parse(c.get(2));
        } catch (TextParseException e) {
            problems.add(at, "theme " + e.getMessage());
        }
        ControlId parent = c.get(3).isEmpty() ? null : parseId(c.get(3), "parent", at, problems);
        if (parent != null && (!seen.contains(parent) || parent.equals(id))) {
            problems.add(at, "parent must be a control on an earlier line but was " + Checks.quote(c.get(3)));
        }
        ControlAttributes attributes = attributes(c, at, problems);
        if (problems.size() > before) {
            return null;
        }
        Control.Builder b = Control.builder(id, c.get(1)).attributes(attributes);
        if (theme != null) {
            b.theme(theme);
        }
        if (parent != null) {
            b.parent(parent);
        }
        return b.build();
    }

    private static ControlId parseId(String text, String column, String at, LineProblems problems) {
        try {
            return ControlId.parse(text);
        } catch (TextParseException e) {
            problems.add(at, column + " " + e.getMessage());
            return null;
        }
    }

    private static ControlAttributes attributes(List<String> cells, String at, LineProblems problems) {
        Set<AttributeValue> values = new LinkedHashSet<>();
        for (Attribute a : Attribute.values()) {
            String column = CatalogTables.CONTROLS.get(4 + a.ordinal());
            for (String tag : Cells.split(cells.get(4 + a.ordinal()))) {
                try {
                    if (!values.add(a.parse(tag))) {
                        problems.add(at, column + " must not repeat " + Checks.quote(tag));
                    }
                } catch (TextParseException e) {
                    problems.add(at, column + " " + e.getMessage());
                }
            }
        }
        return ControlAttributes.of(values);
    }

    /** The problems of one CSV document, in line order (rows are read in order), the first 100 kept. */
    private static final class LineProblems {
        private final String resource;
        private final List<Problem> list = new ArrayList<>();
        private int total;

        LineProblems(String resource) {
            this.resource = resource;
        }

        void add(String location, String message) {
            total++;
            if (list.size() < Problems.MAX_PROBLEMS) {
                list.add(new Problem(location, message));
            }
        }

        int size() {
            return total;
        }

        void throwIfAny() {
            if (total > 0) {
                throw new FormatException(resource, list, total - list.size());
            }
        }
    }
}
