// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.json;

import static dev.isms.risk.json.RiskJsonFixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.Threat;
import dev.isms.risk.criteria.AcceptanceCriteria;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.criteria.ScaleLevel;
import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LogNormal;
import dev.isms.risk.fair.PertVariant;
import dev.isms.risk.register.RandomEdits;
import dev.isms.risk.register.RiskRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What RiskJson writes it reads back equal: generated registers, criteria, FAIR scenarios and any one-line text. */
class RiskJsonProperties {
    private static final RiskRegister BASE = RiskJsonFixtures.register();

    @Provide
    Arbitrary<List<Long>> seeds() {
        return Arbitraries.longs().list().ofMaxSize(25);
    }

    @Property(tries = 1000)
    void aRegisterReadsBackEqualWithItsVersionAndRecomputesToTheSameTiers(@ForAll("seeds") List<Long> seeds) {
        RiskRegister r = BASE.apply(RandomEdits.from(BASE, seeds));
        RiskRegister read = JSON.register().parse(JSON.register().toJson(r));
        assertEquals(r, read);
        assertEquals(r.version(), read.version());
        for (RiskScenario s : r.scenarios()) {
            assertEquals(r.profile(s.id()), read.profile(s.id()), s.id());
        }
    }

    @Provide
    Arbitrary<String> oneLine() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).filter(RiskJsonProperties::isOneLine);
    }

    private static boolean isOneLine(String s) {
        try {
            Checks.notBlank(s, "s");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Property
    void anyOneLineTextSurvives(@ForAll("oneLine") String id, @ForAll("oneLine") String name) {
        List<Threat> threats = List.of(Threat.of(id, name, name));
        assertEquals(threats, JSON.threats().parse(JSON.threats().toJson(threats)));
    }

    @Property(tries = 500)
    void criteriaReadBackEqual(@ForAll long seed) {
        RiskCriteria c = criteria(new SplittableRandom(seed));
        assertEquals(c, JSON.criteria().parse(JSON.criteria().toJson(c)));
    }

    /** Random scales (ranged or not), a band or grid matrix, a category of its own, acceptance. */
    static RiskCriteria criteria(SplittableRandom r) {
        Scale likelihood = scale("likelihood", 1 + r.nextInt(6), r);
        Scale consequence = scale("consequence", 1 + r.nextInt(6), r);
        int levels = Math.min(1 + r.nextInt(4), likelihood.size() * consequence.size());
        RiskMatrix matrix = r.nextBoolean() ? bands(likelihood.size(), consequence.size(), levels, r)
                : grid(likelihood.size(), consequence.size(), levels, r);
        RiskCriteria.Builder b = RiskCriteria.builder("c" + r.nextInt(9), 1 + r.nextInt(9)).likelihood(likelihood)
                .consequence(consequence, matrix);
        if (r.nextBoolean()) {
            Scale legal = scale("legal", 1 + r.nextInt(4), r);
            b.consequence(RiskFixtures.LEGAL, legal, grid(likelihood.size(), legal.size(), levels, r));
        }
        AcceptanceCriteria a = AcceptanceCriteria.upTo(matrix.levelName(r.nextInt(levels)));
        if (r.nextBoolean()) {
            a = a.with(ConsequenceCategory.AVAILABILITY, matrix.levelName(r.nextInt(levels)));
        }
        return b.acceptance(a).build();
    }

    private static Scale scale(String name, int size, SplittableRandom r) {
        boolean ranged = r.nextBoolean();
        List<ScaleLevel> out = new ArrayList<>();
        double lower = r.nextDouble() * 10;
        for (int i = 1; i <= size; i++) {
            double upper = i == size && r.nextBoolean() ? Double.POSITIVE_INFINITY : lower + r.nextDouble() * 100;
            out.add(ranged ? ScaleLevel.of(i, name + " " + i, lower, upper) : ScaleLevel.of(i, name + " " + i));
            lower = upper;
        }
        return new Scale(name, out);
    }

    private static List<String> names(int levels) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            out.add("L" + i);
        }
        return out;
    }

    private static RiskMatrix bands(int likelihoods, int consequences, int levels, SplittableRandom r) {
        int top = likelihoods * consequences;
        List<RiskBand> bands = new ArrayList<>();
        int min = 1;
        for (int i = 0; i < levels; i++) {
            int max = i == levels - 1 ? top : min + r.nextInt(top - min - (levels - 2 - i));
            bands.add(new RiskBand("L" + i, min, max));
            min = max + 1;
        }
        return RiskMatrix.ofProduct(likelihoods, consequences, bands);
    }

    /** A grid whose level rises with likelihood + consequence, by a random non-decreasing step function. */
    private static RiskMatrix grid(int likelihoods, int consequences, int levels, SplittableRandom r) {
        int[] bySum = new int[likelihoods + consequences];
        for (int s = 1; s < bySum.length; s++) {
            bySum[s] = Math.min(levels - 1, bySum[s - 1] + (r.nextInt(3) == 0 ? 1 : 0));
        }
        int[][] cells = new int[likelihoods][consequences];
        for (int l = 0; l < likelihoods; l++) {
            for (int c = 0; c < consequences; c++) {
                cells[l][c] = bySum[l + c];
            }
        }
        return RiskMatrix.of(names(levels), cells);
    }

    @Provide
    Arbitrary<Distribution> distributions() {
        Arbitrary<Double> d = Arbitraries.doubles().between(0, 1e6);
        return Arbitraries.oneOf(d.map(Constant::of),
                Combinators.combine(d, d, d, Arbitraries.doubles().between(1, 10), Arbitraries.of(PertVariant.class))
                        .as((a, b, c, lambda, v) -> pert(a, b, c, lambda, v)),
                Combinators.combine(Arbitraries.doubles().between(-5, 10), Arbitraries.doubles().between(0.01, 2))
                        .as(LogNormal::new));
    }

    private static Distribution pert(double a, double b, double c, double lambda, PertVariant v) {
        double[] x = {a, b, c};
        java.util.Arrays.sort(x);
        return new BetaPert(x[0], x[1], x[2], lambda, v);
    }

    @Provide
    Arbitrary<Distribution> probabilities() {
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(p.map(Constant::of), Combinators.combine(p, p, p).as((a, b, c) -> pert(a, b, c,
                BetaPert.DEFAULT_LAMBDA, PertVariant.CLASSIC)));
    }

    @Property
    void fairScenariosReadBackEqual(@ForAll("distributions") Distribution tef,
            @ForAll("probabilities") Distribution vulnerability, @ForAll("distributions") Distribution loss,
            @ForAll("probabilities") Distribution secondaryProbability, @ForAll boolean contest) {
        FairVulnerability v = contest ? FairVulnerability.contest(tef, loss) : FairVulnerability.direct(vulnerability);
        List<FairScenario> scenarios = List.of(FairScenario.of("a", tef, v, loss),
                new FairScenario("b", loss, v, tef, secondaryProbability, loss));
        assertEquals(scenarios, JSON.fairScenarios().parse(JSON.fairScenarios().toJson(scenarios)));
    }
}
