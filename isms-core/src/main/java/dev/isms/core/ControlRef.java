// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import dev.isms.core.internal.Checks;
import java.util.Objects;

/**
 * A reference to a control of any catalogue, such as {@code iso27002:2022#8.7}: what risk treatments, applied
 * controls, statements of applicability and mappings use to name a control without holding the catalogue.
 *
 * @param catalogId the catalogue's id, not blank, without {@code #}
 * @param controlId the control's id in it
 * @since 0.1
 */
public record ControlRef(String catalogId, ControlId controlId) implements Comparable<ControlRef> {
    /**
     * Validates the components.
     *
     * @param catalogId not blank, no {@code #}
     * @param controlId not null
     * @throws IllegalArgumentException if the catalogue id is blank or contains {@code #}
     */
    public ControlRef {
        Checks.notBlank(catalogId, "catalogId");
        if (catalogId.indexOf('#') >= 0) {
            throw new IllegalArgumentException("catalogId must not contain '#' but was " + Checks.quote(catalogId));
        }
        Objects.requireNonNull(controlId, "controlId");
    }

    /**
     * Creates a reference.
     *
     * @param catalogId such as {@code "iso27002:2022"}, not blank
     * @param controlId such as {@code "8.7"}
     * @return the reference
     * @throws TextParseException if the control id is malformed
     */
    public static ControlRef of(String catalogId, String controlId) {
        return new ControlRef(catalogId, ControlId.parse(controlId));
    }

    /**
     * Creates a reference to a control of a catalogue.
     *
     * @param catalog the catalogue, not null
     * @param controlId the control's id, not null; it need not be in the catalogue
     * @return the reference
     */
    public static ControlRef of(Catalog catalog, ControlId controlId) {
        return new ControlRef(catalog.id(), controlId);
    }

    /**
     * Parses the {@link #toString()} form {@code catalog#control}.
     *
     * @param text such as {@code "iso27002:2022#8.7"}, not null
     * @return the reference
     * @throws TextParseException if the text has no single {@code #}, or a part is blank or malformed (a catalogue
     *         id with a control character or a lone surrogate is malformed)
     */
    public static ControlRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int hash = text.indexOf('#');
        if (hash < 0 || hash != text.lastIndexOf('#')) {
            throw new TextParseException("control reference", text, hash < 0 ? text.length() : text.lastIndexOf('#'),
                    "must be 'catalog#control' with one '#'");
        }
        if (text.substring(0, hash).isBlank()) {
            throw new TextParseException("control reference", text, 0, "must name a catalogue before '#'");
        }
        for (int i = 0; i < hash; i++) {
            if (Character.isISOControl(text.charAt(i)) || Checks.isLoneSurrogate(text, i)) {
                throw new TextParseException("control reference", text, i,
                        "must name a catalogue without control characters or lone surrogates before '#'");
            }
        }
        try {
            return of(text.substring(0, hash), text.substring(hash + 1));
        } catch (TextParseException e) {
            throw new TextParseException("control reference", text, hash + 1 + e.errorIndex(),
                    "must name a well-formed control id after '#'", e);
        }
    }

    @Override
    public int compareTo(ControlRef o) {
        int c = catalogId.compareTo(o.catalogId);
        return c != 0 ? c : controlId.compareTo(o.controlId);
    }

    /** {@return {@code catalog#control}, such as {@code "iso27002:2022#8.7"}} */
    @Override
    public String toString() {
        return catalogId + "#" + controlId;
    }
}
