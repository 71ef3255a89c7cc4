// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ProviderException;
import dev.isms.core.Theme;
import dev.isms.core.assessment.spi.ScoringStrategy;
import dev.isms.core.internal.Checks;
import dev.isms.core.requirement.Requirement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * The roll-ups of one gap assessment under one scoring strategy: totals, by top-level clause, by theme, and by
 * each value of each of the five attributes (such as maturity per cybersecurity concept). Each is computed when
 * asked for. Instances are immutable and thread-safe if the strategy is.
 *
 * @since 0.2
 */
public final class Rollups {
    private final GapAssessment assessment;
    private final ScoringStrategy strategy;

    Rollups(GapAssessment assessment, ScoringStrategy strategy) {
        this.assessment = assessment;
        this.strategy = strategy;
    }

    /** {@return the id of the scoring strategy used} */
    public String strategy() {
        return strategy.id();
    }

    /**
     * {@return every clause result summed up, key {@code "clauses"}}
     *
     * @throws ProviderException if the strategy fails or scores off the scale
     */
    public Rollup clauses() {
        return rollup("clauses", "Clauses " + assessment.requirements().id(),
                List.copyOf(assessment.clauseResults().values()));
    }

    /**
     * {@return every control result summed up, key {@code "controls"}}
     *
     * @throws ProviderException if the strategy fails or scores off the scale
     */
    public Rollup controls() {
        return rollup("controls", "Controls " + assessment.catalog().id(),
                List.copyOf(assessment.controlResults().values()));
    }

    /**
     * {@return one roll-up per top-level clause (4 to 10), over the results of the clauses within it}
     *
     * @throws ProviderException if the strategy fails or scores off the scale
     */
    public List<Rollup> byClause() {
        List<Rollup> out = new ArrayList<>();
        for (Requirement root : assessment.requirements().roots()) {
            List<AssessmentResult> within = new ArrayList<>();
            for (Map.Entry<ControlId, AssessmentResult> e : assessment.clauseResults().entrySet()) {
                if (e.getKey().startsWith(root.id())) {
                    within.add(e.getValue());
                }
            }
            out.add(rollup(root.id().toString(), root.title(), within));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * {@return one roll-up per theme that a control of the catalogue has, in theme order; empty for a catalogue
     * without themes}
     *
     * @throws ProviderException if the strategy fails or scores off the scale
     */
    public List<Rollup> byTheme() {
        List<Rollup> out = new ArrayList<>();
        for (Theme t : Theme.values()) {
            List<AssessmentResult> within = controls(c -> c.theme().isPresent() && c.theme().get() == t);
            if (!within.isEmpty()) {
                out.add(rollup(t.label().toLowerCase(Locale.ROOT), t.label(), within));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Rolls up by the values of one attribute: one roll-up per value of its vocabulary, in vocabulary order, over
     * the controls carrying it (a control with several values counts in each).
     *
     * @param attribute the attribute, such as {@link Attribute#CYBERSECURITY_CONCEPT}, not null
     * @return the roll-ups, keyed by tag ({@code "#Protect"}); a value no control carries has zero items
     * @throws ProviderException if the strategy fails or scores off the scale
     */
    public List<Rollup> byAttribute(Attribute attribute) {
        List<Rollup> out = new ArrayList<>();
        for (AttributeValue v : attribute.vocabulary()) {
            out.add(rollup(v.tag(), v.label(), controls(c -> c.attributes().has(v))));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * {@return the roll-ups by every value of each of the five attributes, attribute by attribute}
     *
     * @throws ProviderException if the strategy fails or scores off the scale
     */
    public Map<Attribute, List<Rollup>> byAttributes() {
        Map<Attribute, List<Rollup>> out = new EnumMap<>(Attribute.class);
        for (Attribute a : Attribute.values()) {
            out.put(a, byAttribute(a));
        }
        return Collections.unmodifiableMap(out);
    }

    private List<AssessmentResult> controls(Predicate<Control> which) {
        List<AssessmentResult> out = new ArrayList<>();
        for (Control c : assessment.catalog().controls()) {
            if (which.test(c)) {
                out.add(assessment.controlResults().get(c.id()));
            }
        }
        return out;
    }

    private Rollup rollup(String key, String label, List<AssessmentResult> results) {
        Map<Conformity, Integer> counts = new EnumMap<>(Conformity.class);
        for (AssessmentResult r : results) {
            counts.merge(r.conformity(), 1, Integer::sum);
        }
        return new Rollup(key, label, counts, score(key, results));
    }

    private OptionalDouble score(String key, List<AssessmentResult> results) {
        OptionalDouble s;
        try {
            s = strategy.score(Collections.unmodifiableList(results), assessment.scale());
        } catch (RuntimeException e) {
            throw new ProviderException("scoring strategy " + Checks.quote(strategy.id()) + " failed on group "
                    + Checks.quote(key) + ": " + e, e);
        }
        if (s == null || (s.isPresent() && !assessment.scale().contains(s.getAsDouble()))) {
            throw new ProviderException("scoring strategy " + Checks.quote(strategy.id()) + " must score group "
                    + Checks.quote(key) + " within the scale " + assessment.scale().min() + ".."
                    + assessment.scale().max() + " but scored " + (s == null ? "null" : s.getAsDouble()));
        }
        return s;
    }
}
