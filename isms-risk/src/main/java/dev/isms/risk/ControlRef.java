// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.ControlId;
import dev.isms.risk.internal.Text;
import java.util.Objects;

/**
 * A reference to a control of any catalogue, such as {@code iso27002:2022#8.7}.
 *
 * @param catalogId the catalogue's id, not blank
 * @param controlId the control's id in it
 * @since 0.1
 */
public record ControlRef(String catalogId, ControlId controlId) implements Comparable<ControlRef> {
    /**
     * Validates the components.
     *
     * @param catalogId not blank
     * @param controlId not null
     */
    public ControlRef {
        Text.notBlank(catalogId, "catalogId");
        Objects.requireNonNull(controlId, "controlId");
    }

    /**
     * Creates a reference.
     *
     * @param catalogId such as {@code "iso27002:2022"}
     * @param controlId such as {@code "8.7"}
     * @return the reference
     */
    public static ControlRef of(String catalogId, String controlId) {
        return new ControlRef(catalogId, ControlId.parse(controlId));
    }

    /**
     * Parses the {@link #toString()} form {@code catalog#control}.
     *
     * @param text such as {@code "iso27002:2022#8.7"}, not null
     * @return the reference
     * @throws IllegalArgumentException if the text has no single {@code #} or a part is malformed
     */
    public static ControlRef parse(String text) {
        int hash = text.indexOf('#');
        if (hash <= 0 || hash != text.lastIndexOf('#')) {
            throw new IllegalArgumentException("control reference must be 'catalog#control' but was '" + text + "'");
        }
        return of(text.substring(0, hash), text.substring(hash + 1));
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
