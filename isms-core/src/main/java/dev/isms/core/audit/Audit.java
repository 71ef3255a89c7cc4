// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One internal audit (ISO/IEC 27001:2022 clause 9.2): its scope, criteria, dates and auditors.
 *
 * <p>Rules: at least one criterion and one auditor; the end is not before the start; auditor names are unique;
 * and no auditor audits an area of their own (the areas of {@link Auditor#ownAreas()} and {@link
 * AuditScope#areas()} are disjoint), so the audit is objective and impartial.
 *
 * @param id the id, unique in its programme; a one-line text
 * @param scope what it covers
 * @param criteria what it audits against, such as {@code "ISO/IEC 27001:2022"} or {@code "Access policy v3"}
 * @param start the first day
 * @param end the last day
 * @param auditors the auditors, lead first
 * @since 0.2
 */
public record Audit(String id, AuditScope scope, List<String> criteria, LocalDate start, LocalDate end,
        List<Auditor> auditors) {

    /**
     * Validates and copies the components.
     *
     * @param id the id, not blank
     * @param scope the scope, not null
     * @param criteria the criteria, at least one, not blank, no repeats
     * @param start the first day, not null
     * @param end the last day, not before {@code start}
     * @param auditors the auditors, at least one, unique names, none auditing their own area
     * @throws IllegalArgumentException naming the audit, the field and the value
     */
    public Audit {
        Checks.notBlank(id, "audit id");
        String label = Values.label("audit", id);
        Objects.requireNonNull(scope, label + " scope");
        criteria = Values.texts(criteria, label + " criteria");
        Objects.requireNonNull(start, label + " start");
        Values.notBefore(end, start, label + " end", "its start");
        auditors = List.copyOf(auditors);
        if (criteria.isEmpty() || auditors.isEmpty()) {
            throw new IllegalArgumentException(label + (criteria.isEmpty() ? " criteria" : " auditors")
                    + " must not be empty but was empty");
        }
        checkAuditors(label, scope, auditors);
    }

    private static void checkAuditors(String label, AuditScope scope, List<Auditor> auditors) {
        Set<String> names = new HashSet<>();
        for (Auditor a : auditors) {
            if (!names.add(a.name())) {
                throw new IllegalArgumentException(label + " auditors must not repeat a name but "
                        + Checks.quote(a.name()) + " appears twice");
            }
            for (String area : a.ownAreas()) {
                if (scope.areas().contains(area)) {
                    throw new IllegalArgumentException(label + " auditor " + Checks.quote(a.name())
                            + " must not audit their own area but the scope includes " + Checks.quote(area));
                }
            }
        }
    }

    /**
     * Starts an audit.
     *
     * @param id the id, not blank
     * @param start the first day, not null
     * @param end the last day, not before {@code start}
     * @return a builder
     */
    public static Builder builder(String id, LocalDate start, LocalDate end) {
        return new Builder(id, start, end);
    }

    /** Collects an {@link Audit}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final LocalDate start;
        private final LocalDate end;
        private AuditScope scope;
        private final List<String> criteria = new ArrayList<>();
        private final List<Auditor> auditors = new ArrayList<>();

        private Builder(String id, LocalDate start, LocalDate end) {
            this.id = id;
            this.start = start;
            this.end = end;
        }

        /**
         * Sets the scope.
         *
         * @param value the scope, not null
         * @return this builder
         */
        public Builder scope(AuditScope value) {
            this.scope = Objects.requireNonNull(value, "scope");
            return this;
        }

        /**
         * Adds criteria.
         *
         * @param items the criteria, not null
         * @return this builder
         */
        public Builder criteria(String... items) {
            return criteria(List.of(items));
        }

        /**
         * Adds criteria.
         *
         * @param items the criteria, not null
         * @return this builder
         */
        public Builder criteria(Collection<String> items) {
            criteria.addAll(items);
            return this;
        }

        /**
         * Adds auditors, lead first.
         *
         * @param items the auditors, not null
         * @return this builder
         */
        public Builder auditors(Auditor... items) {
            return auditors(List.of(items));
        }

        /**
         * Adds auditors, lead first.
         *
         * @param items the auditors, not null
         * @return this builder
         */
        public Builder auditors(Collection<Auditor> items) {
            auditors.addAll(items);
            return this;
        }

        /**
         * {@return the audit}
         *
         * @throws IllegalArgumentException if a rule of {@link Audit} is broken
         */
        public Audit build() {
            return new Audit(id, scope, criteria, start, end, auditors);
        }
    }
}
