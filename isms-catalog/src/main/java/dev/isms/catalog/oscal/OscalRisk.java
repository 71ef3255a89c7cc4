// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * A risk that OSCAL assessment results carry beside a gap assessment's findings
 * ({@link Oscal#writeAssessmentResults(dev.isms.core.assessment.GapAssessment, Collection, java.nio.file.Path)}):
 * written as an OSCAL {@code risk} whose characterization has OSCAL's {@code likelihood} and {@code impact} facets,
 * linked to the findings of the controls it concerns. The values are the risk method's own (such as {@code "4"} on a
 * 1..5 scale, or {@code "high"}); take them from a risk register.
 *
 * <pre>{@code
 * OscalRisk r = OscalRisk.of("R-7", "Ransomware encrypts the file servers", "4", "5")
 *         .withControls(List.of(ControlId.parse("8.13"), ControlId.parse("8.7")));
 * }</pre>
 *
 * @param id the risk's id, such as a scenario id; one line without leading or trailing white space
 * @param title the risk's title; one line
 * @param statement what could happen and what follows; may span lines
 * @param likelihood the likelihood, as the risk method rates it; one line without leading or trailing white space
 * @param impact the impact, as the risk method rates it; one line without leading or trailing white space
 * @param controls the controls of the assessment's catalogue that treat it, no repeats
 * @since 0.2
 */
public record OscalRisk(String id, String title, String statement, String likelihood, String impact,
        List<ControlId> controls) {
    /**
     * Validates and copies the components.
     *
     * @param id not blank
     * @param title not blank
     * @param statement not blank
     * @param likelihood not blank
     * @param impact not blank
     * @param controls no repeats
     * @throws IllegalArgumentException if a text is blank or a control repeats, naming the field
     */
    public OscalRisk {
        Checks.notBlank(id, "risk id");
        String label = "risk " + Checks.quote(id);
        Checks.notBlank(title, label + " title");
        Checks.text(statement, label + " statement");
        Checks.notBlank(likelihood, label + " likelihood");
        Checks.notBlank(impact, label + " impact");
        controls = List.copyOf(controls);
        if (new HashSet<>(controls).size() != controls.size()) {
            throw new IllegalArgumentException(label + " controls must not repeat a control but were " + controls);
        }
    }

    /**
     * Creates a risk whose statement is its title and that names no control.
     *
     * @param id the id, not blank
     * @param title the title, not blank
     * @param likelihood the likelihood, not blank
     * @param impact the impact, not blank
     * @return the risk
     */
    public static OscalRisk of(String id, String title, String likelihood, String impact) {
        return new OscalRisk(id, title, title, likelihood, impact, List.of());
    }

    /**
     * Returns a copy with another statement.
     *
     * @param text what could happen and what follows, not blank
     * @return the copy
     */
    public OscalRisk withStatement(String text) {
        return new OscalRisk(id, title, text, likelihood, impact, controls);
    }

    /**
     * Returns a copy naming the controls that treat the risk.
     *
     * @param ids controls of the assessment's catalogue, no repeats
     * @return the copy
     */
    public OscalRisk withControls(Collection<ControlId> ids) {
        return new OscalRisk(id, title, statement, likelihood, impact, List.copyOf(ids));
    }
}
