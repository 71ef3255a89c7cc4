// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One control of a catalogue: its id, title, ISO/IEC 27002:2022 theme and attributes, the group it sits in,
 * optionally guidance text that the user supplied from a licensed copy of the standard, and optionally the control
 * it refines (its parent: NIST SP 800-53 enhancements such as {@code ac-2.1} refine {@code ac-2}).
 *
 * <p>The library never ships the standards' text; {@link #text()} is empty for built-in catalogues until a
 * licensed-text overlay is applied.
 *
 * @param id the control's id, such as {@code 5.1}
 * @param title the control's title, not blank
 * @param theme the ISO/IEC 27002:2022 theme, or empty for catalogues without themes
 * @param group the id of the innermost group holding the control, or empty
 * @param attributes the attribute values; {@link ControlAttributes#none()} when the catalogue has none
 * @param text licensed guidance text, or empty; never blank when present
 * @param parent the id of the control this one refines (a NIST SP 800-53 enhancement names its base control), or
 *        empty for a top-level control; the catalogue checks that the parent precedes it
 * @since 0.1
 */
public record Control(ControlId id, String title, Optional<Theme> theme, Optional<String> group,
        ControlAttributes attributes, Optional<String> text, Optional<ControlId> parent) {

    /**
     * Validates the components.
     *
     * @param id the control's id, such as {@code 5.1}
     * @param title the control's title, not blank
     * @param theme the ISO/IEC 27002:2022 theme, or empty for catalogues without themes
     * @param group the id of the innermost group holding the control, or empty
     * @param attributes the attribute values; {@link ControlAttributes#none()} when the catalogue has none
     * @param text licensed guidance text, or empty; never blank when present
     * @param parent the id of the control this one refines, or empty for a top-level control
     * @throws IllegalArgumentException if the title, the group or the text is blank or holds control characters,
     *         if the theme and the group disagree (see {@link #builder(ControlId, String)}), or if the parent is the
     *         control's own id
     */
    public Control {
        Objects.requireNonNull(id, "control id");
        Checks.notBlank(title, "control title");
        Objects.requireNonNull(theme, "control theme");
        Objects.requireNonNull(group, "control group");
        if (group.isPresent()) {
            Checks.notBlank(group.get(), "control group");
        }
        Objects.requireNonNull(attributes, "control attributes");
        Objects.requireNonNull(text, "control text");
        if (text.isPresent()) {
            Checks.text(text.get(), "control text");
        }
        if (theme.isPresent() && group.isPresent()) {
            checkThemeGroup(id, theme.get(), group.get());
        }
        Objects.requireNonNull(parent, "control parent");
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new IllegalArgumentException("control parent must differ from the control id but was "
                    + Checks.quote(id.toString()));
        }
    }

    /**
     * Creates a top-level control (no parent): the constructor of 0.1, kept for source compatibility.
     *
     * @param id the control's id, such as {@code 5.1}
     * @param title the control's title, not blank
     * @param theme the ISO/IEC 27002:2022 theme, or empty for catalogues without themes
     * @param group the id of the innermost group holding the control, or empty
     * @param attributes the attribute values; {@link ControlAttributes#none()} when the catalogue has none
     * @param text licensed guidance text, or empty; never blank when present
     * @throws IllegalArgumentException if the title, the group or the text is blank or holds control characters,
     *         or if the theme and the group disagree
     */
    public Control(ControlId id, String title, Optional<Theme> theme, Optional<String> group,
            ControlAttributes attributes, Optional<String> text) {
        this(id, title, theme, group, attributes, text, Optional.empty());
    }

    /**
     * The rule that ties a theme to its groups: ISO/IEC 27002:2022 holds each theme's controls in the clause of that
     * number, so a themed control sits in that clause's group ({@code "8"}) or a group nested in it ({@code "8.1"}).
     */
    private static void checkThemeGroup(ControlId id, Theme theme, String group) {
        String clause = Integer.toString(theme.clause());
        boolean nested = group.length() > clause.length() && group.startsWith(clause)
                && group.charAt(clause.length()) == '.';
        if (!group.equals(clause) && !nested) {
            throw new IllegalArgumentException("control " + Checks.quote(id.toString()) + " has theme "
                    + theme.label() + " (clause " + clause + ") and group " + Checks.quote(group)
                    + ", which disagree: a control of theme " + theme.label() + " must sit in group '" + clause
                    + "' or a group nested in it");
        }
    }

    /**
     * Starts a control; theme, group, attributes, text and parent are optional and set on the builder.
     *
     * <p>A control with a theme and a group must sit in the theme's clause: theme {@link Theme#TECHNOLOGICAL}
     * (clause 8) allows group {@code "8"} or a group nested in it such as {@code "8.1"}; anything else is
     * rejected naming both.
     *
     * @param id the id, not null
     * @param title the title, not blank
     * @return a builder
     */
    public static Builder builder(ControlId id, String title) {
        return new Builder(Objects.requireNonNull(id, "control id"), title);
    }

    /**
     * Starts a control.
     *
     * @param id the id, such as {@code "8.24"}; must parse with {@link ControlId#parse(String)}
     * @param title the title, not blank
     * @return a builder
     * @throws TextParseException if the id is malformed
     */
    public static Builder builder(String id, String title) {
        return new Builder(ControlId.parse(id), title);
    }

    /**
     * Creates a control with no theme, group, attributes or text.
     *
     * @param id the id, such as {@code "A.5.1.1"}; must parse with {@link ControlId#parse(String)}
     * @param title the title, not blank
     * @return the control
     */
    public static Control of(String id, String title) {
        return builder(id, title).build();
    }

    /**
     * Creates an ISO/IEC 27002-style control with a theme and attributes; its group is the theme's clause.
     *
     * @param id the id, such as {@code "5.1"}
     * @param title the title, not blank
     * @param theme the theme, not null
     * @param attributes the attribute values, not null
     * @return the control
     */
    public static Control of(String id, String title, Theme theme, ControlAttributes attributes) {
        return builder(id, title).theme(theme).group(Integer.toString(theme.clause())).attributes(attributes).build();
    }

    /**
     * Returns a copy with licensed guidance text.
     *
     * @param newText the text, not blank
     * @return the control with the text; {@code this} if unchanged
     */
    public Control withText(String newText) {
        Checks.text(newText, "control text");
        return text.isPresent() && text.get().equals(newText) ? this
                : new Control(id, title, theme, group, attributes, Optional.of(newText), parent);
    }

    /**
     * {@return a copy without guidance text; {@code this} if it has none}
     */
    public Control withoutText() {
        return text.isEmpty() ? this : new Control(id, title, theme, group, attributes, Optional.empty(), parent);
    }

    /**
     * Returns a copy in another group.
     *
     * @param newGroup the group id, not blank
     * @return the control in that group; {@code this} if unchanged
     */
    public Control withGroup(String newGroup) {
        Checks.notBlank(newGroup, "control group");
        return group.isPresent() && group.get().equals(newGroup) ? this
                : new Control(id, title, theme, Optional.of(newGroup), attributes, text, parent);
    }

    /**
     * Returns a copy that refines another control, as a NIST SP 800-53 enhancement refines its base control.
     *
     * @param newParent the parent control's id, not null; it must differ from this control's id
     * @return the control with that parent; {@code this} if unchanged
     * @throws IllegalArgumentException if the parent is this control's own id
     */
    public Control withParent(ControlId newParent) {
        Objects.requireNonNull(newParent, "control parent");
        return parent.isPresent() && parent.get().equals(newParent) ? this
                : new Control(id, title, theme, group, attributes, text, Optional.of(newParent));
    }

    /**
     * {@return a top-level copy, without a parent; {@code this} if it has none}
     */
    public Control withoutParent() {
        return parent.isEmpty() ? this : new Control(id, title, theme, group, attributes, text, Optional.empty());
    }

    /** {@return the id and the title, such as {@code "8.24 Use of cryptography"}} */
    @Override
    public String toString() {
        return id + " " + title;
    }

    /**
     * Collects the parts of a {@link Control}; {@link #build()} validates them through the canonical constructor.
     * A builder is not thread-safe.
     */
    public static final class Builder {
        private final ControlId id;
        private final String title;
        private Theme theme;
        private String group;
        private ControlAttributes attributes = ControlAttributes.none();
        private String text;
        private ControlId parent;

        private Builder(ControlId id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the ISO/IEC 27002:2022 theme.
         *
         * @param value the theme, not null
         * @return this builder
         */
        public Builder theme(Theme value) {
            this.theme = Objects.requireNonNull(value, "theme");
            return this;
        }

        /**
         * Sets the id of the innermost group holding the control.
         *
         * @param value the group id, not blank
         * @return this builder
         */
        public Builder group(String value) {
            this.group = Objects.requireNonNull(value, "group");
            return this;
        }

        /**
         * Sets the attribute values.
         *
         * @param value the attributes, not null
         * @return this builder
         */
        public Builder attributes(ControlAttributes value) {
            this.attributes = Objects.requireNonNull(value, "attributes");
            return this;
        }

        /**
         * Sets licensed guidance text.
         *
         * @param value the text, not blank
         * @return this builder
         */
        public Builder text(String value) {
            this.text = Objects.requireNonNull(value, "text");
            return this;
        }

        /**
         * Sets the control this one refines, as a NIST SP 800-53 enhancement refines its base control.
         *
         * @param value the parent control's id, not null; it must differ from the control's own id
         * @return this builder
         */
        public Builder parent(ControlId value) {
            this.parent = Objects.requireNonNull(value, "parent");
            return this;
        }

        /**
         * {@return the control}
         *
         * @throws IllegalArgumentException if a part is invalid, naming it
         */
        public Control build() {
            return new Control(id, title, Optional.ofNullable(theme), Optional.ofNullable(group), attributes,
                    Optional.ofNullable(text), Optional.ofNullable(parent));
        }
    }
}
