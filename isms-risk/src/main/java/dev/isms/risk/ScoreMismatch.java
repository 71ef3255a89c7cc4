// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a stored score is no longer reproduced by recomputing it with the method, version, parameters and criteria it
 * records: {@link RiskEngine#check(RiskScore, dev.isms.risk.criteria.RiskCriteria)} gives one, and a register's
 * {@code verify} one per stale score.
 *
 * @param reason the reason, not null
 * @param stored the stored score, not null
 * @param recomputed the fresh score when the method could compute one (reasons {@link Reason#VALUE_DIFFERS},
 *        {@link Reason#LEVEL_DIFFERS}, {@link Reason#EXPLANATION_DIFFERS} and {@link Reason#RECORD_DIFFERS}), else
 *        empty
 * @param detail what differs, in one sentence (such as {@code "value 9.8 became 9.1"}); not blank
 * @since 0.2
 */
public record ScoreMismatch(Reason reason, RiskScore stored, Optional<RiskScore> recomputed, String detail) {

    /** Why a stored score does not match, in the order they are checked. */
    public enum Reason {
        /** No installed scorer has the score's method id. */
        METHOD_UNKNOWN,
        /** The installed scorer's version differs from the one that made the score. */
        METHOD_VERSION_CHANGED,
        /** The score names risk criteria but none were given. */
        CRITERIA_MISSING,
        /** The score names other risk criteria (another id or version) than the ones given. */
        CRITERIA_CHANGED,
        /** The method now rejects the score's parameters. */
        PARAMETERS_REJECTED,
        /** The recomputed value differs. */
        VALUE_DIFFERS,
        /** The value is the same but the level or its rank differs. */
        LEVEL_DIFFERS,
        /** Value and level are the same but the explanation differs. */
        EXPLANATION_DIFFERS,
        /** Value, level and explanation are the same but the recorded parameters or criteria differ. */
        RECORD_DIFFERS
    }

    /**
     * Validates the components.
     *
     * @param reason not null
     * @param stored not null
     * @param recomputed not null
     * @param detail not blank
     */
    public ScoreMismatch {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(recomputed, "recomputed");
        Checks.text(detail, "detail");
    }

    /**
     * Compares a stored score with its recomputation.
     *
     * @param stored the stored score, not null
     * @param fresh the recomputed score, not null
     * @return the mismatch, or empty if the two are equal
     */
    static Optional<ScoreMismatch> compare(RiskScore stored, RiskScore fresh) {
        if (fresh.equals(stored)) {
            return Optional.empty();
        }
        Reason reason;
        String detail;
        if (Double.compare(fresh.value(), stored.value()) != 0) {
            reason = Reason.VALUE_DIFFERS;
            detail = "value " + stored.value() + " became " + fresh.value();
        } else if (!fresh.level().equals(stored.level()) || fresh.rank() != stored.rank()) {
            reason = Reason.LEVEL_DIFFERS;
            detail = "level " + Checks.quote(stored.level()) + " (rank " + stored.rank() + ") became "
                    + Checks.quote(fresh.level()) + " (rank " + fresh.rank() + ")";
        } else if (!fresh.explanation().equals(stored.explanation())) {
            reason = Reason.EXPLANATION_DIFFERS;
            detail = "explanation " + Checks.quote(stored.explanation()) + " became "
                    + Checks.quote(fresh.explanation());
        } else {
            reason = Reason.RECORD_DIFFERS;
            detail = "recorded parameters and criteria " + Checks.quote(stored.parameters() + " " + stored.criteria())
                    + " became " + Checks.quote(fresh.parameters() + " " + fresh.criteria());
        }
        return Optional.of(new ScoreMismatch(reason, stored, Optional.of(fresh), detail));
    }
}
