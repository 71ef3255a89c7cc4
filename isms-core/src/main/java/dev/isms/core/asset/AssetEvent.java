// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.Evidence;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an asset's lifecycle: the state it entered, the day, a note, and evidence (for a disposal, the
 * secure-erasure certificate).
 *
 * @param state the state entered
 * @param date the day it was entered
 * @param note a note, or empty
 * @param evidence evidence of the step, or empty
 * @since 0.2
 */
public record AssetEvent(AssetState state, LocalDate date, Optional<String> note, Optional<Evidence> evidence) {

    /**
     * Validates the components.
     *
     * @param state the state, not null
     * @param date the day, not null
     * @param note the note, or empty; never blank
     * @param evidence the evidence, or empty
     */
    public AssetEvent {
        Objects.requireNonNull(state, "asset event state");
        Objects.requireNonNull(date, "asset event date");
        Values.optionalText(note, "asset event note");
        Objects.requireNonNull(evidence, "asset event evidence");
    }

    /**
     * Creates a step without note or evidence.
     *
     * @param state the state entered, not null
     * @param date the day, not null
     * @return the step
     */
    public static AssetEvent of(AssetState state, LocalDate date) {
        return new AssetEvent(state, date, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with a note.
     *
     * @param text the note, not blank
     * @return the copy
     */
    public AssetEvent withNote(String text) {
        return new AssetEvent(state, date, Optional.of(text), evidence);
    }

    /**
     * Returns a copy with evidence.
     *
     * @param proof the evidence, not null
     * @return the copy
     */
    public AssetEvent withEvidence(Evidence proof) {
        return new AssetEvent(state, date, note, Optional.of(proof));
    }
}
