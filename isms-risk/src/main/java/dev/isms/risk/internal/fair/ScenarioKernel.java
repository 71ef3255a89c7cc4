// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import dev.isms.risk.fair.AnnualLossModel;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import java.util.Arrays;
import java.util.SplittableRandom;

// Why: a scenario compiled once into samplers, so that simulating it is loops over primitive arrays.
/**
 * Simulates the annual losses of one scenario. Draw order within a scenario's stream is fixed. LEF_TIMES_MAGNITUDE:
 * TEF for every year, then V for every year (or n TCap then n RS), then PL, then SLEF and SL if any.
 * POISSON_EVENTS: TEF, V (direct only) and SLEF for every year, then year by year the event count and, per event,
 * TCap and RS (contest only), PL, and the secondary coin and SL.
 */
public final class ScenarioKernel {
    private final AnnualLossModel model;
    private final Sampler tef;
    private final Sampler vulnerability;
    private final Sampler threatCapability;
    private final Sampler resistanceStrength;
    private final Sampler primary;
    private final Sampler secondaryProbability;
    private final Sampler secondary;
    private final boolean hasSecondary;

    /**
     * Compiles a scenario.
     *
     * @param scenario the scenario
     * @param model the annual loss model
     */
    public ScenarioKernel(FairScenario scenario, AnnualLossModel model) {
        this.model = model;
        this.tef = Samplers.of(scenario.threatEventFrequency());
        FairVulnerability v = scenario.vulnerability();
        if (v instanceof FairVulnerability.Direct direct) {
            this.vulnerability = Samplers.of(direct.probability());
            this.threatCapability = null;
            this.resistanceStrength = null;
        } else {
            FairVulnerability.Contest contest = (FairVulnerability.Contest) v;
            this.vulnerability = null;
            this.threatCapability = Samplers.of(contest.threatCapability());
            this.resistanceStrength = Samplers.of(contest.resistanceStrength());
        }
        this.primary = Samplers.of(scenario.primaryLoss());
        this.secondaryProbability = Samplers.of(scenario.secondaryEventProbability());
        this.secondary = Samplers.of(scenario.secondaryLoss());
        this.hasSecondary = scenario.hasSecondaryLoss();
    }

    /**
     * Writes the losses of years 0..n-1 into {@code out}.
     *
     * @param random the scenario's own stream
     * @param w scratch arrays of at least n
     * @param out the target, at least n
     * @param n the number of years
     */
    public void simulate(SplittableRandom random, Workspace w, double[] out, int n) {
        tef.fill(random, w.a, n);
        if (model == AnnualLossModel.LEF_TIMES_MAGNITUDE) {
            multiplicative(random, w, out, n);
        } else {
            poisson(random, w, out, n);
        }
    }

    private void multiplicative(SplittableRandom random, Workspace w, double[] out, int n) {
        double[] a = w.a;
        double[] b = w.b;
        double[] c = w.c;
        if (vulnerability != null) {
            vulnerability.fill(random, b, n);
        } else {
            Arrays.fill(b, 0, n, contestProbability(random, w, n));
        }
        primary.fill(random, c, n);
        if (hasSecondary) {
            double[] d = w.d;
            double[] e = w.e;
            secondaryProbability.fill(random, d, n);
            secondary.fill(random, e, n);
            for (int i = 0; i < n; i++) {
                out[i] = a[i] * b[i] * (c[i] + d[i] * e[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = a[i] * b[i] * c[i];
            }
        }
    }

    /** P(TCap &gt; RS) estimated from n independent pairs, drawn as n TCap then n RS. */
    private double contestProbability(SplittableRandom random, Workspace w, int n) {
        threatCapability.fill(random, w.d, n);
        resistanceStrength.fill(random, w.e, n);
        int wins = 0;
        for (int i = 0; i < n; i++) {
            wins += w.d[i] > w.e[i] ? 1 : 0;
        }
        return (double) wins / n;
    }

    private void poisson(SplittableRandom random, Workspace w, double[] out, int n) {
        if (vulnerability != null) {
            vulnerability.fill(random, w.b, n);
        }
        secondaryProbability.fill(random, w.d, n);
        for (int i = 0; i < n; i++) {
            double loss = 0;
            if (vulnerability != null) {
                for (long k = PoissonVariates.next(random, w.a[i] * w.b[i]); k > 0; k--) {
                    loss += eventLoss(random, w.d[i]);
                }
            } else {
                for (long k = PoissonVariates.next(random, w.a[i]); k > 0; k--) {
                    if (threatCapability.next(random) > resistanceStrength.next(random)) {
                        loss += eventLoss(random, w.d[i]);
                    }
                }
            }
            out[i] = loss;
        }
    }

    private double eventLoss(SplittableRandom random, double secondaryChance) {
        double loss = primary.next(random);
        if (hasSecondary && random.nextDouble() < secondaryChance) {
            loss += secondary.next(random);
        }
        return loss;
    }
}
