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
 * POISSON_EVENTS: TEF, V (direct only) and SLEF for every year, then year by year as {@link EventYears} says.
 * Per-year draws are made in chunks of {@value #CHUNK} years with a poll of the checkpoint between chunks, which
 * draws exactly what one pass would.
 */
public final class ScenarioKernel {
    /** Years drawn between two polls of the checkpoint. */
    static final int CHUNK = 1 << 16;

    private final AnnualLossModel model;
    private final Sampler tef;
    private final Sampler vulnerability;
    private final Sampler threatCapability;
    private final Sampler resistanceStrength;
    private final Sampler primary;
    private final Sampler secondaryProbability;
    private final Sampler secondary;
    private final boolean hasSecondary;
    private final EventYears events;

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
        double[] moments = {Samplers.mean(scenario.primaryLoss()), Samplers.variance(scenario.primaryLoss()),
            Samplers.mean(scenario.secondaryLoss()), Samplers.variance(scenario.secondaryLoss())};
        this.events = new EventYears(vulnerability == null ? new Sampler[] {threatCapability, resistanceStrength}
                : null, primary, secondary, hasSecondary, moments);
    }

    /**
     * Writes the losses of years 0..n-1 into {@code out}.
     *
     * @param random the scenario's own stream
     * @param w scratch arrays of at least n
     * @param out the target, at least n
     * @param n the number of years
     * @param checkpoint polled every {@value #CHUNK} years or so of draws
     * @throws Checkpoint.Stop if the checkpoint says so
     */
    public void simulate(SplittableRandom random, Workspace w, double[] out, int n, Checkpoint checkpoint) {
        fill(tef, random, w.a, n, checkpoint);
        if (model == AnnualLossModel.LEF_TIMES_MAGNITUDE) {
            multiplicative(random, w, out, n, checkpoint);
        } else {
            if (vulnerability != null) {
                fill(vulnerability, random, w.b, n, checkpoint);
            }
            fill(secondaryProbability, random, w.d, n, checkpoint);
            events.simulate(random, w, out, n, checkpoint);
        }
    }

    private static void fill(Sampler sampler, SplittableRandom random, double[] out, int n, Checkpoint checkpoint) {
        for (int from = 0; from < n; from += CHUNK) {
            if (from > 0) {
                checkpoint.poll();
            }
            sampler.fill(random, out, from, Math.min(n, from + CHUNK));
        }
    }

    private void multiplicative(SplittableRandom random, Workspace w, double[] out, int n, Checkpoint checkpoint) {
        double[] a = w.a;
        double[] b = w.b;
        double[] c = w.c;
        if (vulnerability != null) {
            fill(vulnerability, random, b, n, checkpoint);
        } else {
            Arrays.fill(b, 0, n, contestProbability(random, w, n, checkpoint));
        }
        fill(primary, random, c, n, checkpoint);
        if (hasSecondary) {
            double[] d = w.d;
            double[] e = w.e;
            fill(secondaryProbability, random, d, n, checkpoint);
            fill(secondary, random, e, n, checkpoint);
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
    private double contestProbability(SplittableRandom random, Workspace w, int n, Checkpoint checkpoint) {
        fill(threatCapability, random, w.d, n, checkpoint);
        fill(resistanceStrength, random, w.e, n, checkpoint);
        int wins = 0;
        for (int i = 0; i < n; i++) {
            wins += w.d[i] > w.e[i] ? 1 : 0;
        }
        return (double) wins / n;
    }
}
