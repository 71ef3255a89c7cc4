// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.ControlId;
import dev.isms.core.mapping.Relationship;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The result of one control of another framework (such as the NIST CSF 2.0 outcome {@code PR.DS-01}) derived from a
 * gap assessment through a mapping: its conformity and the assessed clauses and controls it rests on.
 *
 * <p>The conformity follows from the basis, items {@linkplain Conformity#NOT_APPLICABLE not applicable} (excluded
 * controls) left out of the count:
 * <ol>
 * <li>no basis at all: not assessed; a basis of not-applicable items only: not applicable;</li>
 * <li>no counted item assessed: not assessed;</li>
 * <li>every counted item conformant: conformant;</li>
 * <li>some counted item conformant or partially conformant: partially conformant (items not yet assessed keep a
 * result from being conformant);</li>
 * <li>otherwise (the assessed items are all not conformant): not conformant.</li>
 * </ol>
 * Clauses count like controls, one item each.
 *
 * @param id the control's id in the mapping's source catalogue, such as {@code PR.DS-01}
 * @param conformity the derived conformity
 * @param basis the assessed clauses and controls the mapping reaches, each once, in mapping order
 * @since 0.2
 */
public record ProjectedResult(ControlId id, Conformity conformity, List<Basis> basis) {
    /**
     * Validates and copies the components.
     *
     * @param id the id, not null
     * @param conformity the conformity, not null
     * @param basis the basis, not null
     * @throws IllegalArgumentException if the conformity is not the one the basis gives
     */
    public ProjectedResult {
        Objects.requireNonNull(id, "projected result id");
        Objects.requireNonNull(conformity, "projected result " + id + " conformity");
        basis = List.copyOf(basis);
        Conformity derived = derive(basis);
        if (conformity != derived) {
            throw new IllegalArgumentException("projected result " + id + " conformity must be " + derived.key()
                    + ", as its basis gives, but was " + conformity.key());
        }
    }

    /**
     * Creates a result, deriving its conformity from the basis.
     *
     * @param id the id, not null
     * @param basis the assessed items, not null
     * @return the result
     */
    public static ProjectedResult of(ControlId id, List<Basis> basis) {
        return new ProjectedResult(id, derive(List.copyOf(basis)), basis);
    }

    private static Conformity derive(List<Basis> basis) {
        int counted = 0;
        int conformant = 0;
        boolean assessed = false;
        boolean met = false;
        for (Basis b : basis) {
            Conformity c = b.result().conformity();
            counted += c == Conformity.NOT_APPLICABLE ? 0 : 1;
            conformant += c == Conformity.CONFORMANT ? 1 : 0;
            assessed |= c.isAssessed();
            met |= c == Conformity.CONFORMANT || c == Conformity.PARTIALLY_CONFORMANT;
        }
        if (counted == 0) {
            return basis.isEmpty() ? Conformity.NOT_ASSESSED : Conformity.NOT_APPLICABLE;
        }
        if (!assessed) {
            return Conformity.NOT_ASSESSED;
        }
        if (conformant == counted) {
            return Conformity.CONFORMANT;
        }
        return met ? Conformity.PARTIALLY_CONFORMANT : Conformity.NOT_CONFORMANT;
    }

    /** {@return how many items of the basis count: those not {@linkplain Conformity#NOT_APPLICABLE not applicable}} */
    public int counted() {
        return (int) basis.stream().filter(b -> b.result().conformity() != Conformity.NOT_APPLICABLE).count();
    }

    /** {@return how many items of the basis are conformant} */
    public int conformant() {
        return (int) basis.stream().filter(b -> b.result().conformity() == Conformity.CONFORMANT).count();
    }

    /** {@return the lowest maturity among the basis (the weakest link), or empty if none carries one} */
    public OptionalInt maturity() {
        return basis.stream().map(b -> b.result().maturity()).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).min();
    }

    /**
     * One assessed item a projected result rests on.
     *
     * @param kind a clause of the assessment's requirement set or a control of its catalogue
     * @param id the clause's or control's id in the assessment, such as {@code 5.15}
     * @param mappedAs the id the mapping names, such as {@code A.5.15} (a bridged Annex A control) or {@code 9.2}
     *        (a clause assessed through its sub-clauses); equal to {@code id} when the mapping names it directly
     * @param relationship the relationship of the mapping row (composed with the bridge row, if any)
     * @param result the assessment result of the item
     * @since 0.2
     */
    public record Basis(Gap.Kind kind, ControlId id, ControlId mappedAs, Relationship relationship,
            AssessmentResult result) {
        /**
         * Validates the components.
         *
         * @param kind the kind, not null
         * @param id the id, not null
         * @param mappedAs the id the mapping names, not null
         * @param relationship the relationship, not null
         * @param result the result, not null
         */
        public Basis {
            Objects.requireNonNull(kind, "basis kind");
            Objects.requireNonNull(id, "basis id");
            Objects.requireNonNull(mappedAs, "basis mappedAs");
            Objects.requireNonNull(relationship, "basis relationship");
            Objects.requireNonNull(result, "basis result");
        }
    }
}
