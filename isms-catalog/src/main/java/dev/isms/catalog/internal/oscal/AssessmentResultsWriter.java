// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import dev.isms.core.ControlId;
import dev.isms.core.Evidence;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.GapAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a gap assessment as OSCAL 1.1.3 assessment results: one result whose reviewed controls are every leaf
 * clause and control assessed, one observation and one finding per clause or control with an assessed conformity
 * (satisfied when conformant), and one risk per risk given, with OSCAL's {@code likelihood} and {@code impact}
 * facets, linked to the findings of its controls. See the {@code Oscal} facade for the mapping.
 */
public final class AssessmentResultsWriter {
    private final GapAssessment assessment;
    private final List<RiskItem> risks;
    private final String seed;
    private final List<Item> items = new ArrayList<>();

    private AssessmentResultsWriter(GapAssessment assessment, List<RiskItem> risks) {
        this.assessment = assessment;
        this.risks = risks;
        this.seed = "assessment-results\n" + assessment.requirements().id() + "\n" + assessment.catalog().id() + "\n"
                + assessment.date() + "\n";
        String requirements = assessment.requirements().id();
        for (Map.Entry<ControlId, AssessmentResult> e : assessment.clauseResults().entrySet()) {
            items.add(new Item("clause", e.getKey(), assessment.requirements().require(e.getKey()).title(),
                    OscalIds.of(requirements, e.getKey().toString()), e.getValue()));
        }
        OscalIds ids = OscalIds.assign(assessment.catalog());
        for (Map.Entry<ControlId, AssessmentResult> e : assessment.controlResults().entrySet()) {
            items.add(new Item("control", e.getKey(), assessment.catalog().require(e.getKey()).title(),
                    ids.control(e.getKey()), e.getValue()));
        }
    }

    /**
     * One risk to write.
     *
     * @param id the risk's id
     * @param title its title
     * @param statement what could happen
     * @param likelihood the likelihood facet's value
     * @param impact the impact facet's value
     * @param controls the controls of the assessment's catalogue it concerns
     */
    public record RiskItem(String id, String title, String statement, String likelihood, String impact,
            List<ControlId> controls) {
    }

    /** One assessed clause or control, with its OSCAL id. */
    private record Item(String kind, ControlId id, String title, String oscalId, AssessmentResult result) {
    }

    /**
     * Writes an assessment.
     *
     * @param factory the generator factory
     * @param assessment the gap assessment
     * @param risks the risks, whose controls are controls of the assessment's catalogue
     * @return the UTF-8 document
     * @throws IllegalArgumentException if a one-line value has leading or trailing white space
     */
    public static byte[] write(JsonFactory factory, GapAssessment assessment, List<RiskItem> risks) {
        AssessmentResultsWriter w = new AssessmentResultsWriter(assessment, risks);
        List<Object> resources = Tree.list();
        resources.add(Tree.object().put("uuid", w.uuid("plan")).put("title", "No separate assessment plan")
                .put("description", "The gap assessment was not planned in an OSCAL assessment plan; its scope is"
                        + " the requirement set and catalogue named in the metadata."));
        List<Object> results = Tree.list();
        results.add(w.result());
        Tree body = Tree.object().put("uuid", Documents.NIL_UUID).put("metadata", w.metadata())
                .put("import-ap", Tree.object().put("href", "#" + w.uuid("plan"))).put("results", results)
                .put("back-matter", Tree.object().put("resources", resources));
        return Documents.print(factory, "assessment-results", body);
    }

    private String uuid(String name) {
        return Uuids.v5(Uuids.ISMS, seed + name).toString();
    }

    private String start() {
        return SspWriter.dateTime(assessment.date());
    }

    private Tree metadata() {
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.REQUIREMENT_SET_ID, Vocabulary.NS, assessment.requirements().id()));
        props.add(Tree.prop(Vocabulary.CATALOG_ID, Vocabulary.NS, assessment.catalog().id()));
        props.add(Tree.prop(Vocabulary.MATURITY_SCALE, Vocabulary.NS, assessment.scale().min() + ".."
                + assessment.scale().max()));
        List<Object> parties = Tree.list();
        parties.add(Tree.object().put("uuid", uuid("assessor")).put("type", "organization")
                .put("name", "The assessor of the gap assessment"));
        return Tree.object().put("title", "Gap assessment of " + assessment.requirements().title() + " and "
                + assessment.catalog().title()).put("last-modified", start())
                .put("version", assessment.date().toString()).put("oscal-version", Vocabulary.OSCAL_VERSION)
                .put("props", props).put("parties", parties);
    }

    private Tree result() {
        List<Object> include = Tree.list();
        List<Object> observations = Tree.list();
        List<Object> findings = Tree.list();
        for (Item i : items) {
            include.add(Tree.object().put("control-id", i.oscalId()));
            if (i.result().conformity().isAssessed()) {
                observations.add(observation(i));
                findings.add(finding(i));
            }
        }
        List<Object> selections = Tree.list();
        selections.add(include.isEmpty() ? Tree.object().put("include-all", Tree.object())
                : Tree.object().put("include-controls", include));
        List<Object> riskTrees = Tree.list();
        for (RiskItem r : risks) {
            riskTrees.add(risk(r));
        }
        return Tree.object().put("uuid", uuid("result")).put("title", "Gap assessment of " + assessment.date())
                .put("description", "Conformity and maturity of every leaf clause of " + assessment.requirements()
                        .title() + " and every control of " + assessment.catalog().title() + "; not assessed and"
                        + " not applicable items are reviewed without a finding.")
                .put("start", start()).put("reviewed-controls", Tree.object().put("control-selections", selections))
                .put("observations", observations).put("risks", riskTrees).put("findings", findings);
    }

    private List<Object> itemProps(Item i) {
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.LABEL, null, i.id().toString()));
        props.add(Tree.prop(Vocabulary.ASSESSED_ITEM, Vocabulary.NS, i.kind()));
        props.add(Tree.prop(Vocabulary.CONFORMITY, Vocabulary.NS, i.result().conformity().key()));
        if (i.result().maturity().isPresent()) {
            props.add(Tree.prop(Vocabulary.MATURITY, Vocabulary.NS, Integer.toString(i.result().maturity()
                    .getAsInt())));
        }
        if (i.result().weight() != 1) {
            props.add(Tree.prop(Vocabulary.WEIGHT, Vocabulary.NS, Double.toString(i.result().weight())));
        }
        return props;
    }

    private Tree observation(Item i) {
        List<Object> evidence = Tree.list();
        for (Evidence e : i.result().evidence()) {
            evidence.add(Tree.object().put("description", e.what() + " (" + e.where() + ", " + e.date()
                    + e.expiry().map(x -> ", valid through " + x).orElse("") + ")"));
        }
        List<Object> methods = Tree.list();
        methods.add("EXAMINE");
        List<Object> types = Tree.list();
        types.add("control-objective");
        return Tree.object().put("uuid", uuid("observation\n" + i.kind() + "\n" + i.id()))
                .put("title", title(i)).put("description", i.result().notes().orElse(describe(i)))
                .put("props", itemProps(i)).put("methods", methods).put("types", types)
                .put("relevant-evidence", evidence).put("collected", start());
    }

    private Tree finding(Item i) {
        boolean met = i.result().conformity() == Conformity.CONFORMANT;
        List<Object> observations = Tree.list();
        observations.add(Tree.object().put("observation-uuid", uuid("observation\n" + i.kind() + "\n" + i.id())));
        List<Object> related = Tree.list();
        for (RiskItem r : risks) {
            if (i.kind().equals("control") && r.controls().contains(i.id())) {
                related.add(Tree.object().put("risk-uuid", uuid("risk\n" + r.id())));
            }
        }
        Tree target = Tree.object().put("type", "objective-id").put("target-id", i.oscalId())
                .put("status", Tree.object().put("state", met ? "satisfied" : "not-satisfied"));
        return Tree.object().put("uuid", uuid("finding\n" + i.kind() + "\n" + i.id())).put("title", title(i))
                .put("description", describe(i)).put("props", itemProps(i)).put("target", target)
                .put("related-observations", observations).put("related-risks", related);
    }

    private static String title(Item i) {
        return (i.kind().equals("clause") ? "Clause " : "Control ") + i.id() + ": " + i.title();
    }

    private String describe(Item i) {
        String maturity = i.result().maturity().isPresent() ? ", maturity " + i.result().maturity().getAsInt()
                + " on " + assessment.scale().min() + ".." + assessment.scale().max() : "";
        return title(i) + " is " + i.result().conformity().key().replace('-', ' ') + maturity + ".";
    }

    private Tree risk(RiskItem r) {
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.RISK_ID, Vocabulary.NS, CatalogWriter.string(r.id(), "risk id")));
        List<Object> actors = Tree.list();
        actors.add(Tree.object().put("type", "party").put("actor-uuid", uuid("assessor")));
        List<Object> facets = Tree.list();
        facets.add(Tree.object().put("name", "likelihood").put("system", Vocabulary.OSCAL_NS)
                .put("value", CatalogWriter.string(r.likelihood(), "risk likelihood")));
        facets.add(Tree.object().put("name", "impact").put("system", Vocabulary.OSCAL_NS)
                .put("value", CatalogWriter.string(r.impact(), "risk impact")));
        List<Object> characterizations = Tree.list();
        characterizations.add(Tree.object().put("origin", Tree.object().put("actors", actors))
                .put("facets", facets));
        List<Object> observations = Tree.list();
        for (Item i : items) {
            if (i.kind().equals("control") && i.result().conformity().isAssessed() && r.controls().contains(i.id())) {
                observations.add(Tree.object().put("observation-uuid", uuid("observation\ncontrol\n" + i.id())));
            }
        }
        return Tree.object().put("uuid", uuid("risk\n" + r.id())).put("title", r.title())
                .put("description", r.title() + " (risk " + r.id() + ", likelihood " + r.likelihood() + ", impact "
                        + r.impact() + ")")
                .put("statement", r.statement()).put("props", props).put("status", "open")
                .put("characterizations", characterizations).put("related-observations", observations);
    }
}
