// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import dev.isms.core.internal.Checks;
import java.util.Objects;

/**
 * Thrown by every {@code require(id)} of the library when an id names nothing: a control of a catalogue, a clause
 * of a requirement set, an asset of an inventory, a catalogue of a registry, a scenario of a risk register, a
 * scoring method of an engine.
 *
 * <p>What kind of thing was looked up, the id, and where it was looked for are available as accessors, so callers
 * can report them without parsing the message: {@code unknown control id '5.99' in catalogue 'iso27002:2022'}.
 *
 * @since 0.2
 */
public class UnknownIdException extends IsmsException {
    private static final long serialVersionUID = 1L;

    /** What kind of thing the id names, such as {@code "control"}. */
    private final String kind;
    /** The id that was looked up. */
    private final String id;
    /** Where it was looked for, such as {@code "catalogue 'iso27002:2022'"}. */
    private final String where;

    /**
     * Creates an exception for an id that names nothing.
     *
     * @param kind what kind of thing the id should name, such as {@code "control"} or {@code "scenario"}; not null
     * @param id the id that was looked up, not null
     * @param where where it was looked for, such as {@code "catalogue 'iso27002:2022'"}; not null
     */
    public UnknownIdException(String kind, String id, String where) {
        super("unknown " + Objects.requireNonNull(kind, "kind") + " id " + Checks.quote(Objects.requireNonNull(id,
                "id")) + " in " + Objects.requireNonNull(where, "where"));
        this.kind = kind;
        this.id = id;
        this.where = where;
    }

    /**
     * Creates an exception for an unknown control of a catalogue.
     *
     * @param controlId the id that was looked up, not null
     * @param catalogId the catalogue that was searched, not null
     * @return the exception: {@code unknown control id '5.99' in catalogue 'iso27002:2022'}
     */
    public static UnknownIdException control(String controlId, String catalogId) {
        return new UnknownIdException("control", controlId, "catalogue " + Checks.quote(catalogId));
    }

    /** {@return what kind of thing the id should have named, such as {@code "control"}} */
    public String kind() {
        return kind;
    }

    /** {@return the id that was looked up and not found} */
    public String id() {
        return id;
    }

    /** {@return where the id was looked for, such as {@code "catalogue 'iso27002:2022'"}} */
    public String where() {
        return where;
    }
}
