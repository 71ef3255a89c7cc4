// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One standard of the ISO/IEC 27000 family register, such as ISO/IEC 27006-1:2024: its designation parts, title,
 * kind and a note on its status. No text of the standard is held.
 *
 * @param publisher {@code "ISO/IEC"}, or {@code "ISO"} for the few standards ISO publishes alone (27799)
 * @param number the number, such as {@code 27006}; 1..99999
 * @param part the part number, such as {@code 1} for 27006-1, or empty; 1..99 when present
 * @param edition the year of the current edition, 1900..2999
 * @param prefix {@code "TS"} or {@code "TR"} for technical specifications and reports, or empty
 * @param title the title, not blank
 * @param kind what the standard is, such as {@code "requirements"}, {@code "guidance"} or
 *        {@code "certification-body"}; not blank
 * @param note amendments, withdrawals and doubts about the register entry, or empty; never blank when present
 * @since 0.1
 */
public record Standard(String publisher, int number, OptionalInt part, int edition, Optional<String> prefix,
        String title, String kind, Optional<String> note) {

    /**
     * Validates the components.
     *
     * @param publisher {@code "ISO/IEC"} or {@code "ISO"}
     * @param number the number, 1..99999
     * @param part the part number 1..99, or empty
     * @param edition the edition year, 1900..2999
     * @param prefix {@code "TS"}, {@code "TR"} or empty
     * @param title the title, not blank
     * @param kind the kind, not blank
     * @param note the note, or empty; not blank when present
     * @throws IllegalArgumentException naming the component, the rule and the value when one is out of range
     */
    public Standard {
        Objects.requireNonNull(publisher, "publisher");
        if (!publisher.equals("ISO/IEC") && !publisher.equals("ISO")) {
            throw new IllegalArgumentException("standard publisher must be ISO/IEC or ISO but was "
                    + Checks.quote(publisher));
        }
        check(number, 1, 99_999, "standard number");
        Objects.requireNonNull(part, "part");
        if (part.isPresent()) {
            check(part.getAsInt(), 1, 99, "standard part");
        }
        check(edition, 1900, 2999, "standard edition");
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isPresent() && !prefix.get().equals("TS") && !prefix.get().equals("TR")) {
            throw new IllegalArgumentException("standard prefix must be TS or TR but was "
                    + Checks.quote(prefix.get()));
        }
        Checks.notBlank(title, "standard title");
        Checks.notBlank(kind, "standard kind");
        Objects.requireNonNull(note, "note");
        if (note.isPresent()) {
            Checks.text(note.get(), "standard note");
        }
    }

    private static void check(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + ".." + max + " but was " + value);
        }
    }

    /**
     * Starts a standard published by ISO/IEC, with no part, prefix or note; set them on the builder.
     *
     * @param number the number, such as {@code 27006}; 1..99999
     * @param edition the year of the current edition, 1900..2999
     * @param title the title, not blank
     * @param kind what the standard is, such as {@code "guidance"}; not blank
     * @return a builder
     */
    public static Builder builder(int number, int edition, String title, String kind) {
        return new Builder(number, edition, title, kind);
    }

    /**
     * {@return the reference without the title, such as {@code "ISO/IEC TS 27006-2:2021"} or
     * {@code "ISO 27799:2025"}}
     */
    public String designation() {
        StringBuilder sb = new StringBuilder(publisher).append(' ');
        if (prefix.isPresent()) {
            sb.append(prefix.get()).append(' ');
        }
        sb.append(number);
        if (part.isPresent()) {
            sb.append('-').append(part.getAsInt());
        }
        return sb.append(':').append(edition).toString();
    }

    /** {@return the designation and the title, such as {@code "ISO/IEC 27005:2022 Guidance on ..."}} */
    public String fullTitle() {
        return designation() + " " + title;
    }

    /** {@return the designation, such as {@code "ISO/IEC 27006-1:2024"}} */
    @Override
    public String toString() {
        return designation();
    }

    /**
     * Collects the parts of a {@link Standard}; {@link #build()} validates them through the canonical constructor.
     * A builder is not thread-safe.
     *
     * @since 0.2
     */
    public static final class Builder {
        private final int number;
        private final int edition;
        private final String title;
        private final String kind;
        private String publisher = "ISO/IEC";
        private OptionalInt part = OptionalInt.empty();
        private String prefix;
        private String note;

        private Builder(int number, int edition, String title, String kind) {
            this.number = number;
            this.edition = edition;
            this.title = title;
            this.kind = kind;
        }

        /**
         * Sets the publisher (default {@code "ISO/IEC"}).
         *
         * @param value {@code "ISO/IEC"} or {@code "ISO"}
         * @return this builder
         */
        public Builder publisher(String value) {
            this.publisher = Objects.requireNonNull(value, "publisher");
            return this;
        }

        /**
         * Sets the part number.
         *
         * @param value 1..99
         * @return this builder
         */
        public Builder part(int value) {
            this.part = OptionalInt.of(value);
            return this;
        }

        /**
         * Sets the prefix of a technical specification or report.
         *
         * @param value {@code "TS"} or {@code "TR"}
         * @return this builder
         */
        public Builder prefix(String value) {
            this.prefix = Objects.requireNonNull(value, "prefix");
            return this;
        }

        /**
         * Sets the note on the register entry.
         *
         * @param value the note, not blank
         * @return this builder
         */
        public Builder note(String value) {
            this.note = Objects.requireNonNull(value, "note");
            return this;
        }

        /**
         * {@return the standard}
         *
         * @throws IllegalArgumentException if a part is invalid, naming it
         */
        public Standard build() {
            return new Standard(publisher, number, part, edition, Optional.ofNullable(prefix), title, kind,
                    Optional.ofNullable(note));
        }
    }
}
