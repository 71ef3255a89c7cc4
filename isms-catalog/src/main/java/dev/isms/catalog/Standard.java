// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

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
            throw new IllegalArgumentException("standard publisher must be ISO/IEC or ISO but was '" + publisher + "'");
        }
        check(number, 1, 99_999, "standard number");
        Objects.requireNonNull(part, "part");
        if (part.isPresent()) {
            check(part.getAsInt(), 1, 99, "standard part");
        }
        check(edition, 1900, 2999, "standard edition");
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isPresent() && !prefix.get().equals("TS") && !prefix.get().equals("TR")) {
            throw new IllegalArgumentException("standard prefix must be TS or TR but was '" + prefix.get() + "'");
        }
        notBlank(title, "standard title");
        notBlank(kind, "standard kind");
        Objects.requireNonNull(note, "note");
        if (note.isPresent()) {
            notBlank(note.get(), "standard note");
        }
    }

    private static void check(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + ".." + max + " but was " + value);
        }
    }

    private static void notBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
        }
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
}
