// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A heading that groups controls in a catalogue: a theme of ISO/IEC 27002:2022 ({@code 5 Organizational
 * controls}), or a domain ({@code A.5}) or control objective ({@code A.5.1}) of ISO/IEC 27001:2013 Annex A.
 *
 * @param id the group's id, unique in its catalogue, such as {@code "A.5.1"}; not blank
 * @param title the heading, not blank
 * @param kind what the group is, such as {@code "theme"}, {@code "domain"} or {@code "objective"}; not blank
 * @param parent the id of the enclosing group, or empty for a top-level group
 * @since 0.1
 */
public record ControlGroup(String id, String title, String kind, Optional<String> parent) {
    /**
     * Validates the components.
     *
     * @param id the group's id, unique in its catalogue, such as {@code "A.5.1"}; not blank
     * @param title the heading, not blank
     * @param kind what the group is, such as {@code "theme"}, {@code "domain"} or {@code "objective"}; not blank
     * @param parent the id of the enclosing group, or empty for a top-level group
     * @throws IllegalArgumentException if a string is blank or the parent is the group itself
     */
    public ControlGroup {
        Checks.notBlank(id, "group id");
        Checks.notBlank(title, "group title");
        Checks.notBlank(kind, "group kind");
        Objects.requireNonNull(parent, "group parent");
        if (parent.isPresent()) {
            Checks.notBlank(parent.get(), "group parent");
            if (parent.get().equals(id)) {
                throw new IllegalArgumentException("group parent must differ from the group id but was "
                        + Checks.quote(id));
            }
        }
    }

    /**
     * Creates a top-level group.
     *
     * @param id the id, not blank
     * @param title the title, not blank
     * @param kind the kind, not blank
     * @return the group
     */
    public static ControlGroup of(String id, String title, String kind) {
        return new ControlGroup(id, title, kind, Optional.empty());
    }

    /**
     * Creates a group inside another.
     *
     * @param id the id, not blank
     * @param title the title, not blank
     * @param kind the kind, not blank
     * @param parent the enclosing group's id, not blank
     * @return the group
     */
    public static ControlGroup of(String id, String title, String kind, String parent) {
        return new ControlGroup(id, title, kind, Optional.of(parent));
    }

    /** {@return the id and the title, such as {@code "A.5.1 Management direction for information security"}} */
    @Override
    public String toString() {
        return id + " " + title;
    }
}
