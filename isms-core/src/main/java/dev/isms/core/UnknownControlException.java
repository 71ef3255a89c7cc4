// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import java.util.Objects;

/**
 * Thrown when an id names no control (or clause) of a catalogue, for example {@code 5.99} in ISO/IEC 27002:2022.
 *
 * <p>The id and the catalogue are available as accessors so callers can report them without parsing text.
 *
 * @since 0.1
 */
public class UnknownControlException extends IsmsException {
    private static final long serialVersionUID = 1L;

    /** The id that was looked up. */
    private final String controlId;
    /** The id of the catalogue that was searched. */
    private final String catalogId;

    /**
     * Creates an exception for an id that is not in a catalogue.
     *
     * @param controlId the id that was looked up, not null
     * @param catalogId the id of the catalogue that was searched, not null
     */
    public UnknownControlException(String controlId, String catalogId) {
        super("unknown control id '" + Objects.requireNonNull(controlId, "controlId") + "' in catalogue '"
                + Objects.requireNonNull(catalogId, "catalogId") + "'");
        this.controlId = controlId;
        this.catalogId = catalogId;
    }

    /**
     * {@return the id that was looked up and not found}
     */
    public String controlId() {
        return controlId;
    }

    /**
     * {@return the id of the catalogue that was searched}
     */
    public String catalogId() {
        return catalogId;
    }
}
