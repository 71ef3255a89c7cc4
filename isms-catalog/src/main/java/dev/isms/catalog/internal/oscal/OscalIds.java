// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The id scheme of exported documents. OSCAL ids are tokens (a letter or {@code _}, then letters, digits,
 * {@code . - _}), so ISO ids such as {@code 5.1} cannot be ids. An id that is already a token is kept
 * ({@code A.5.1.1}, {@code ac-2.1}); any other gets the catalogue prefix (the catalogue id with {@code :} turned into
 * {@code -}, then {@code -}; {@code c} first if the catalogue id starts with a digit) and has every character a
 * token cannot hold turned into {@code _}: {@code 5.1} of {@code iso27002:2022} is {@code iso27002-2022-5.1}. The
 * original id always travels in a {@code label} property. Within one document a repeated OSCAL id gets
 * {@code _2}, {@code _3}, ... in document order (groups first).
 */
public final class OscalIds {
    /** The suffix of a control's statement part id. */
    static final String PART_SUFFIX = "_smt";

    private final Map<String, String> groups = new HashMap<>();
    private final Map<ControlId, String> controls = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    private OscalIds() {
    }

    /**
     * Assigns the ids of a whole catalogue, unique across its groups and controls.
     *
     * @param catalog the catalogue
     * @return the assignment
     */
    public static OscalIds assign(Catalog catalog) {
        OscalIds ids = new OscalIds();
        for (ControlGroup g : catalog.groups()) {
            ids.groups.put(g.id(), ids.unique(of(catalog.id(), g.id())));
        }
        for (Control c : catalog.controls()) {
            ids.controls.put(c.id(), ids.unique(of(catalog.id(), c.id().toString())));
        }
        return ids;
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; used.contains(candidate) || used.contains(candidate + PART_SUFFIX); n++) {
            candidate = id + "_" + n;
        }
        used.add(candidate);
        used.add(candidate + PART_SUFFIX);
        return candidate;
    }

    /** {@return the OSCAL id of a group} */
    String group(String groupId) {
        return groups.get(groupId);
    }

    /** {@return the OSCAL id of a control of the catalogue} */
    public String control(ControlId controlId) {
        return controls.get(controlId);
    }

    /**
     * {@return the OSCAL id of one id of a catalogue, without the document-wide de-duplication}
     *
     * @param catalogId the catalogue's id
     * @param id a control or group id
     */
    public static String of(String catalogId, String id) {
        if (Cursor.isToken(id)) {
            return id;
        }
        StringBuilder b = new StringBuilder(prefix(catalogId));
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            b.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_');
        }
        return b.toString();
    }

    static String prefix(String catalogId) {
        String p = catalogId.replace(':', '-') + "-";
        return Character.isLetter(p.charAt(0)) ? p : "c" + p;
    }
}
