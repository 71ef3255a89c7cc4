// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static dev.isms.catalog.json.IsmsArbitraries.day;
import static dev.isms.catalog.json.IsmsArbitraries.evidence;
import static dev.isms.catalog.json.IsmsArbitraries.freeText;
import static dev.isms.catalog.json.IsmsArbitraries.names;
import static dev.isms.catalog.json.IsmsArbitraries.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.Evidence;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.DocumentedInformation;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.GapAssessmentBuilder;
import dev.isms.core.assessment.MaturityScale;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.FindingSubject;
import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.certification.Certificate;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.Approval;
import dev.isms.core.soa.Implementation;
import dev.isms.core.soa.ImplementationStatus;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Write, then read, gives an equal value, and writing it again the same text, for every isms JSON document. Edge
 * cases are off: on these nested generators jqwik's edge-case combinations cost most of the run time, and the
 * generators name the hard values themselves (quotes, escapes, astral characters, -0.0, extreme doubles).
 */
class IsmsJsonProperties {
    private final IsmsJson json = IsmsJson.defaults();

    private static <T> void roundTrips(JsonFormat<T> format, T value) {
        String text = format.toJson(value);
        T back = format.parse(text);
        assertEquals(value, back);
        assertEquals(text, format.toJson(back));
    }

    @Provide
    Arbitrary<AppliedControlSet> appliedControls() {
        return IsmsArbitraries.appliedControls();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void appliedControlsRoundTrip(@ForAll("appliedControls") AppliedControlSet set) {
        roundTrips(json.appliedControls(), set);
    }

    @Provide
    Arbitrary<AssetInventory> assets() {
        return IsmsArbitraries.assets();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void assetsRoundTrip(@ForAll("assets") AssetInventory inventory) {
        roundTrips(json.assets(), inventory);
    }

    @Provide
    Arbitrary<Monitoring> monitoring() {
        return AuditArbitraries.monitoring();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void monitoringRoundTrips(@ForAll("monitoring") Monitoring monitoring) {
        roundTrips(json.monitoring(), monitoring);
    }

    @Provide
    Arbitrary<FindingRegister> registers() {
        return AuditArbitraries.register();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void auditsRoundTrip(@ForAll("registers") FindingRegister register) {
        roundTrips(json.audits(), register);
    }

    @Provide
    Arbitrary<ManagementReview> reviews() {
        return AuditArbitraries.review();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void managementReviewsRoundTrip(@ForAll("reviews") ManagementReview review) {
        roundTrips(json.managementReview(), review);
    }

    @Provide
    Arbitrary<Certificate> certificates() {
        return AuditArbitraries.certificate();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void certificatesRoundTrip(@ForAll("certificates") Certificate certificate) {
        roundTrips(json.certificate(), certificate);
    }

    /** A statement over a generated catalogue, and that catalogue. */
    record Soa(Catalog catalog, StatementOfApplicability soa) {
    }

    /** The parts of an entry but its control: applicable (0), excluded (1) or undecided (2), and the rest. */
    private static Arbitrary<Function<ControlId, SoaEntry>> entry() {
        Arbitrary<Implementation> implementation = Arbitraries.oneOf(Arbitraries.just(Implementation.notImplemented()),
                Combinators.combine(Arbitraries.of(ImplementationStatus.class), freeText())
                        .as(Implementation::explicit),
                Combinators.combine(Arbitraries.of(ImplementationStatus.class), names()).as((s, ids) ->
                        new Implementation(s, ids, Optional.empty())));
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(InclusionReason.class).set()
                .ofMinSize(1), freeText().optional(), implementation, text().optional(), evidence().list()
                .uniqueElements().ofMaxSize(2), names(), names())
                .as((kind, reasons, why, impl, owner, ev, risks, reqs) ->
                        control -> {
                            SoaEntry.Builder b = SoaEntry.builder(control).implementation(impl).evidence(ev)
                                    .risks(risks).requirements(reqs);
                            owner.ifPresent(b::owner);
                            why.ifPresent(b::justification);
                            if (kind == 0) {
                                b.include(reasons);
                            } else if (kind == 1) {
                                b.exclude(why.orElse("Not in scope"));
                            } else {
                                b.propose(reasons).undecided();
                            }
                            return b.build();
                        });
    }

    @Provide
    Arbitrary<Soa> statements() {
        return Combinators.combine(IsmsArbitraries.catalog(), entry().list().ofSize(8), text(), day(),
                Arbitraries.integers().between(-1, 30)).as((catalog, parts, version, date, approvedAfter) -> {
                    List<SoaEntry> list = new ArrayList<>();
                    for (int i = 0; i < catalog.size(); i++) {
                        list.add(parts.get(i).apply(catalog.controls().get(i).id()));
                    }
                    StatementOfApplicability.Builder b = StatementOfApplicability.builder(catalog, version, date)
                            .entries(list.subList(0, Math.max(0, list.size() - Math.floorMod(approvedAfter, 2))));
                    StatementOfApplicability draft = b.build();
                    return new Soa(catalog, approvedAfter < 0 || !draft.undecided().isEmpty() ? draft
                            : draft.approve(version, new Approval("Board", date.plusDays(approvedAfter))));
                });
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void statementsOfApplicabilityRoundTrip(@ForAll("statements") Soa s) {
        roundTrips(json.statementOfApplicability(s.catalog()), s.soa());
    }

    /** An assessment with its requirement set and catalogue. */
    record Gap(RequirementSet requirements, Catalog catalog, GapAssessment assessment) {
    }

    /** A result on any scale: the maturity is picked on the scale, clauses are never not applicable. */
    private record ResultParts(Conformity conformity, int maturity, Optional<String> notes, List<Evidence> evidence,
            List<String> applied, double weight, boolean given) {
        AssessmentResult on(MaturityScale scale, boolean clause) {
            Conformity c = clause && conformity == Conformity.NOT_APPLICABLE ? Conformity.NOT_ASSESSED : conformity;
            OptionalInt m = c.isAssessed() ? OptionalInt.of(scale.min() + maturity % (scale.max() - scale.min() + 1))
                    : OptionalInt.empty();
            return new AssessmentResult(c, m, c == Conformity.NOT_APPLICABLE && notes.isEmpty() ? Optional.of("n/a")
                    : notes, evidence, applied, weight);
        }
    }

    private static Arbitrary<ResultParts> result() {
        return Combinators.combine(Arbitraries.of(Conformity.class), Arbitraries.integers().between(0, 10),
                freeText().optional(), evidence().list().uniqueElements().ofMaxSize(2), names(),
                Arbitraries.of(1.0, 0.5, 2.0, 1e-9, 7.25, 1e300), Arbitraries.of(true, true, false))
                .as(ResultParts::new);
    }

    @Provide
    Arbitrary<Gap> assessments() {
        Arbitrary<MaturityScale> scales = Combinators.combine(Arbitraries.integers().between(-2, 2),
                Arbitraries.integers().between(1, 6), Arbitraries.of(true, false)).as((min, span, named) -> {
                    List<String> labels = new ArrayList<>();
                    for (int i = 0; named && i <= span; i++) {
                        labels.add("Level \"" + (min + i) + "\"");
                    }
                    return new MaturityScale(min, min + span, labels);
                });
        return Combinators.combine(IsmsArbitraries.requirements(), IsmsArbitraries.catalog(), scales, day(),
                result().list().ofSize(24), text()).as((requirements, catalog, scale, date, parts, owner) -> {
                    GapAssessmentBuilder b = GapAssessment.builder(requirements, catalog, date).scale(scale);
                    int i = 0;
                    for (Requirement r : requirements.requirements()) {
                        ResultParts p = parts.get(i++);
                        if (p.given() && requirements.children(r.id().toString()).isEmpty()) {
                            b.clause(r.id().toString(), p.on(scale, true));
                        }
                    }
                    for (Control c : catalog.controls()) {
                        ResultParts p = parts.get(i++);
                        if (p.given()) {
                            b.control(c.id().toString(), p.on(scale, false));
                        }
                    }
                    for (Requirement r : requirements.documentedInformation()) {
                        b.documents(new DocumentedInformation(r.id(), "Doc " + r.id(), owner, date));
                    }
                    return new Gap(requirements, catalog, b.build());
                });
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void gapAssessmentsRoundTrip(@ForAll("assessments") Gap g) {
        roundTrips(json.gapAssessment(g.requirements(), g.catalog()), g.assessment());
    }

    /** A bundle whose references to applied controls resolve, with its requirement set and catalogue. */
    record Bundle(RequirementSet requirements, Catalog catalog, IsmsBundle bundle) {
    }

    @Provide
    Arbitrary<Bundle> bundles() {
        return Combinators.combine(assessments(), AuditArbitraries.register(), AuditArbitraries.monitoring(),
                IsmsArbitraries.assets(), AuditArbitraries.review().list().uniqueElements(ManagementReview::id)
                        .ofMaxSize(2), AuditArbitraries.certificate().list().uniqueElements(Certificate::number)
                        .ofMaxSize(2), text(), freeText()).as((g, register, monitoring, assets, reviews, certificates,
                        organisation, scope) -> {
                    AppliedControlSet applied = appliedFor(g, register);
                    StatementOfApplicability soa = StatementOfApplicability.builder(g.catalog(), "1", g.assessment()
                            .date()).appliedControls(applied).build();
                    IsmsBundle b = IsmsBundle.builder(organisation, scope).appliedControls(applied)
                            .statementOfApplicability(soa).gapAssessment(g.assessment()).scoringStrategy(organisation)
                            .assets(assets).monitoring(monitoring).audits(register).managementReviews(reviews)
                            .certificates(certificates).build();
                    return new Bundle(g.requirements(), g.catalog(), b);
                });
    }

    /** The applied controls every reference of the assessment and the register names, realising catalogue controls. */
    private static AppliedControlSet appliedFor(Gap g, FindingRegister register) {
        List<String> ids = new ArrayList<>();
        g.assessment().clauseResults().values().forEach(r -> r.appliedControls().forEach(ids::add));
        g.assessment().controlResults().values().forEach(r -> r.appliedControls().forEach(ids::add));
        register.findings().forEach(f -> {
            if (f.subject() instanceof FindingSubject.AppliedControlSubject) {
                ids.add(((FindingSubject.AppliedControlSubject) f.subject()).appliedControlId());
            }
        });
        List<AppliedControl> out = new ArrayList<>();
        AppliedControlStatus[] statuses = AppliedControlStatus.values();
        for (String id : ids.stream().distinct().toList()) {
            Control c = g.catalog().controls().get(out.size() % g.catalog().size());
            out.add(AppliedControl.builder(id, "Measure " + id).status(statuses[out.size() % statuses.length])
                    .realises(ControlRef.of(g.catalog(), c.id())).build());
        }
        return AppliedControlSet.of(out);
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void bundlesRoundTrip(@ForAll("bundles") Bundle b) {
        roundTrips(json.bundle(b.requirements(), b.catalog()), b.bundle());
    }
}
