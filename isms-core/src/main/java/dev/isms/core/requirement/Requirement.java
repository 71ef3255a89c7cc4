// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.requirement;

import dev.isms.core.internal.Checks;
import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One clause of a requirements standard, such as ISO/IEC 27001:2022 clause 6.1.2 "Information security risk
 * assessment". No text of the standard is held: ids, titles and facts about the clause only.
 *
 * @param id the clause number, such as {@code 6.1.2}
 * @param title the clause title, not blank
 * @param parent the enclosing clause, or empty for a top-level clause (4..10)
 * @param documentedInformation whether the clause requires documented information to be kept or maintained
 * @param documentedInformationNote a paraphrase of what must be documented, or empty; never blank when present
 * @param amendment what an amendment changed in this clause (ISO/IEC 27001:2022/Amd 1:2024), or empty
 * @since 0.1
 */
public record Requirement(ControlId id, String title, Optional<ControlId> parent, boolean documentedInformation,
        Optional<String> documentedInformationNote, Optional<String> amendment) {

    /**
     * Validates the components.
     *
     * @param id the clause number, such as {@code 6.1.2}
     * @param title the clause title, not blank
     * @param parent the enclosing clause, or empty for a top-level clause (4..10)
     * @param documentedInformation whether the clause requires documented information to be kept or maintained
     * @param documentedInformationNote a paraphrase of what must be documented, or empty; never blank when present
     * @param amendment what an amendment changed in this clause (ISO/IEC 27001:2022/Amd 1:2024), or empty
     * @throws IllegalArgumentException if the title or a present note is blank, or the parent is not a proper
     *         prefix of the id
     */
    public Requirement {
        Objects.requireNonNull(id, "requirement id");
        Checks.notBlank(title, "requirement title");
        Objects.requireNonNull(parent, "requirement parent");
        if (parent.isPresent() && (parent.get().equals(id) || !id.startsWith(parent.get()))) {
            throw new IllegalArgumentException("requirement parent must be a proper prefix of the id " + id
                    + " but was " + parent.get());
        }
        Objects.requireNonNull(documentedInformationNote, "documentedInformationNote");
        if (documentedInformationNote.isPresent()) {
            Checks.text(documentedInformationNote.get(), "documentedInformationNote");
        }
        Objects.requireNonNull(amendment, "amendment");
        if (amendment.isPresent()) {
            Checks.text(amendment.get(), "amendment");
        }
    }


    /**
     * Creates a clause whose parent is its id without the last segment (none for a one-segment id).
     *
     * @param id the clause number, such as {@code "6.1.2"}
     * @param title the title, not blank
     * @return the clause, with no documented-information duty and no amendment
     */
    public static Requirement of(String id, String title) {
        ControlId cid = ControlId.parse(id);
        return new Requirement(cid, title, cid.parent(), false, Optional.empty(), Optional.empty());
    }

    /**
     * Starts a clause with no parent, no documented-information duty and no amendment; set them on the builder.
     *
     * @param id the clause number, not null
     * @param title the title, not blank
     * @return a builder
     */
    public static Builder builder(ControlId id, String title) {
        return new Builder(Objects.requireNonNull(id, "requirement id"), title);
    }

    /**
     * Starts a clause with no parent, no documented-information duty and no amendment.
     *
     * @param id the clause number, such as {@code "6.1.2"}
     * @param title the title, not blank
     * @return a builder
     * @throws TextParseException if the id is malformed
     */
    public static Builder builder(String id, String title) {
        return new Builder(ControlId.parse(id), title);
    }

    /**
     * {@return true if an amendment changed this clause}
     */
    public boolean isAmended() {
        return amendment.isPresent();
    }

    /** {@return the clause number and the title, such as {@code "6.1.2 Information security risk assessment"}} */
    @Override
    public String toString() {
        return id + " " + title;
    }

    /**
     * Collects the parts of a {@link Requirement}; {@link #build()} validates them through the canonical constructor.
     * A builder is not thread-safe.
     */
    public static final class Builder {
        private final ControlId id;
        private final String title;
        private ControlId parent;
        private boolean documentedInformation;
        private String note;
        private String amendment;

        private Builder(ControlId id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the enclosing clause.
         *
         * @param value a proper prefix of the id, such as {@code 6.1} for {@code 6.1.2}; not null
         * @return this builder
         */
        public Builder parent(ControlId value) {
            this.parent = Objects.requireNonNull(value, "parent");
            return this;
        }

        /**
         * Sets the enclosing clause.
         *
         * @param value a proper prefix of the id, such as {@code "6.1"}
         * @return this builder
         * @throws TextParseException if the id is malformed
         */
        public Builder parent(String value) {
            return parent(ControlId.parse(value));
        }

        /**
         * Sets whether the clause requires documented information.
         *
         * @param value true if it does
         * @return this builder
         */
        public Builder documentedInformation(boolean value) {
            this.documentedInformation = value;
            return this;
        }

        /**
         * Sets a paraphrase of what must be documented.
         *
         * @param value the note, not blank
         * @return this builder
         */
        public Builder documentedInformationNote(String value) {
            this.note = Objects.requireNonNull(value, "documentedInformationNote");
            return this;
        }

        /**
         * Sets what an amendment changed in this clause.
         *
         * @param value such as {@code "Amd 1:2024 adds ..."}, not blank
         * @return this builder
         */
        public Builder amendment(String value) {
            this.amendment = Objects.requireNonNull(value, "amendment");
            return this;
        }

        /**
         * {@return the clause}
         *
         * @throws IllegalArgumentException if a part is invalid, naming it
         */
        public Requirement build() {
            return new Requirement(id, title, Optional.ofNullable(parent), documentedInformation,
                    Optional.ofNullable(note), Optional.ofNullable(amendment));
        }
    }
}
