// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.requirement;

import dev.isms.core.internal.Checks;
import dev.isms.core.ControlId;
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
            throw new IllegalArgumentException("requirement parent must be a prefix of the id " + id + " but was "
                    + parent.get());
        }
        Objects.requireNonNull(documentedInformationNote, "documentedInformationNote");
        documentedInformationNote.ifPresent(n -> Checks.text(n, "documentedInformationNote"));
        Objects.requireNonNull(amendment, "amendment");
        amendment.ifPresent(a -> Checks.notBlank(a, "amendment"));
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
     * {@return true if an amendment changed this clause}
     */
    public boolean isAmended() {
        return amendment.isPresent();
    }
}
