// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import dev.isms.risk.fair.AnnualLossModel;
import java.util.SplittableRandom;

// Why: POISSON_EVENTS costs one draw per event; this keeps that work bounded however large the frequencies are.
/**
 * The years of the {@link AnnualLossModel#POISSON_EVENTS} model. A year's count of events (loss events for a direct
 * vulnerability, threat events for a contest) is Poisson, drawn exactly below a mean of {@value #NORMAL_COUNT_FROM}
 * and from the normal approximation N(m, m) above. Years with at most
 * {@value AnnualLossModel#EXACT_EVENTS_PER_YEAR} events are simulated event by event; a year with more draws its loss
 * at once from the gamma distribution with the mean and variance of the sum of that many independent event losses.
 */
final class EventYears {
    /** Above this mean, the count of a year's events is drawn from a normal approximation. */
    static final double NORMAL_COUNT_FROM = 1e12;
    /** (TCap, RS) pairs from which the share of threat events that become loss events is estimated. */
    static final int CONTEST_PAIRS = 100_000;
    /** Roughly how many draws are made between two polls of the checkpoint. */
    static final int POLL_EVERY = 1 << 16;

    private final Sampler threatCapability;
    private final Sampler resistanceStrength;
    private final Sampler primary;
    private final Sampler secondary;
    private final boolean hasSecondary;
    private final double[] moments;

    /**
     * Prepares the model.
     *
     * @param contest the TCap and RS samplers of a contest, or null for a direct vulnerability
     * @param primary the primary loss sampler
     * @param secondary the secondary loss sampler
     * @param hasSecondary whether secondary loss can occur
     * @param moments the mean and variance of the primary, then of the secondary loss
     */
    EventYears(Sampler[] contest, Sampler primary, Sampler secondary, boolean hasSecondary, double[] moments) {
        this.threatCapability = contest == null ? null : contest[0];
        this.resistanceStrength = contest == null ? null : contest[1];
        this.primary = primary;
        this.secondary = secondary;
        this.hasSecondary = hasSecondary;
        this.moments = moments.clone();
    }

    /**
     * Writes the losses of years 0..n-1, given the per-year draws of TEF (w.a), V (w.b, direct only) and SLEF (w.d).
     *
     * @param random the scenario's stream
     * @param w the workspace holding the per-year draws
     * @param out the target
     * @param n the number of years
     * @param checkpoint polled about every {@value #POLL_EVERY} draws
     */
    void simulate(SplittableRandom random, Workspace w, double[] out, int n, Checkpoint checkpoint) {
        double share = threatCapability == null ? 1 : Double.NaN;
        long sincePoll = 0;
        for (int i = 0; i < n; i++) {
            double count = count(random, threatCapability == null ? w.a[i] * w.b[i] : w.a[i]);
            if (count <= AnnualLossModel.EXACT_EVENTS_PER_YEAR) {
                out[i] = threatCapability == null ? direct(random, (int) count, w.d[i])
                        : contest(random, (int) count, w.d[i]);
                sincePoll += (long) count + 1;
            } else {
                if (Double.isNaN(share)) {
                    share = contestShare(random);
                    sincePoll += CONTEST_PAIRS;
                }
                out[i] = aggregate(random, count, share, w.d[i]);
                sincePoll++;
            }
            if (sincePoll >= POLL_EVERY) {
                checkpoint.poll();
                sincePoll = 0;
            }
        }
    }

    /** The count of events of a year with the given mean, exact (as a long) below {@link #NORMAL_COUNT_FROM}. */
    static double count(SplittableRandom random, double mean) {
        if (mean < NORMAL_COUNT_FROM) {
            return PoissonVariates.next(random, mean);
        }
        return Math.max(0, mean + Math.sqrt(mean) * Normals.next(random));
    }

    private double direct(SplittableRandom random, int events, double secondaryChance) {
        double loss = 0;
        for (int k = events; k > 0; k--) {
            loss += eventLoss(random, secondaryChance);
        }
        return loss;
    }

    private double contest(SplittableRandom random, int events, double secondaryChance) {
        double loss = 0;
        for (int k = events; k > 0; k--) {
            if (threatCapability.next(random) > resistanceStrength.next(random)) {
                loss += eventLoss(random, secondaryChance);
            }
        }
        return loss;
    }

    private double eventLoss(SplittableRandom random, double secondaryChance) {
        double loss = primary.next(random);
        if (hasSecondary && random.nextDouble() < secondaryChance) {
            loss += secondary.next(random);
        }
        return loss;
    }

    private double contestShare(SplittableRandom random) {
        int wins = 0;
        for (int j = 0; j < CONTEST_PAIRS; j++) {
            wins += threatCapability.next(random) > resistanceStrength.next(random) ? 1 : 0;
        }
        return (double) wins / CONTEST_PAIRS;
    }

    /**
     * The loss of {@code count} events at once. One event's loss is X = I·(PL + J·SL), with I the event becoming a
     * loss event (probability {@code share}) and J the secondary coin (probability {@code secondaryChance}).
     */
    private double aggregate(SplittableRandom random, double count, double share, double secondaryChance) {
        double p = hasSecondary ? secondaryChance : 0;
        double lossMean = moments[0] + p * moments[2];
        double lossVariance = moments[1] + p * moments[3] + p * (1 - p) * moments[2] * moments[2];
        double eventMean = share * lossMean;
        double eventVariance = share * lossVariance + share * (1 - share) * lossMean * lossMean;
        return compound(random, count * eventMean, count * eventVariance);
    }

    /**
     * Draws a gamma variate with the given mean and variance, or returns the mean when the variance is 0 or the
     * gamma's shape would not be a finite positive number.
     *
     * @param random the stream
     * @param mean the mean, at least 0
     * @param variance the variance, at least 0
     * @return the variate
     */
    static double compound(SplittableRandom random, double mean, double variance) {
        if (!(mean > 0 && variance > 0)) {
            return Math.max(0, mean);
        }
        double scale = variance / mean;
        double shape = mean / scale;
        if (!(shape > 0 && shape <= Double.MAX_VALUE && scale <= Double.MAX_VALUE)) {
            return mean;
        }
        return scale * GammaVariates.next(random, shape);
    }
}
