// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

/**
 * How one simulated year's loss follows from a scenario's factors.
 *
 * <p>In both models the factors of a year are drawn once per year: threat event frequency TEF, a direct
 * vulnerability V, the secondary loss event probability SLEF. Primary loss PL and secondary loss SL are drawn per
 * year or per event as described below.
 *
 * @since 0.1
 */
public enum AnnualLossModel {
    /**
     * The Open FAIR factor product, as most FAIR tools compute it: annual loss = LEF × LM with LEF = TEF × V and
     * LM = PL + SLEF × SL, every factor drawn once per year. For a {@link FairVulnerability.Contest}, V is the
     * scenario's P(TCap &gt; RS), estimated once per scenario from as many (TCap, RS) pairs as there are years,
     * so that V stays a probability instead of a 0/1 coin per year. The fastest model and the default.
     */
    LEF_TIMES_MAGNITUDE,
    /**
     * Discrete loss events: the number of events in a year is Poisson distributed and each event has its own
     * magnitude. For a {@link FairVulnerability.Direct}, N ~ Poisson(TEF × V) loss events; for a
     * {@link FairVulnerability.Contest}, N ~ Poisson(TEF) threat events, each drawing its own TCap and RS and becoming a
     * loss event when TCap &gt; RS. Each loss event draws PL and, with probability SLEF, a secondary loss SL; the
     * year's loss is their sum. Costs one draw per event, so it is slower when frequencies are high.
     *
     * <p>The work is bounded: a year with more than {@value #EXACT_EVENTS_PER_YEAR} events (N above) is not
     * simulated event by event. Its loss is one draw from the gamma distribution with the mean and variance of the
     * sum of N independent event losses (a compound approximation: that sum is close to normal, and the gamma
     * keeps it non-negative and slightly skewed), computed from the exact mean and variance of PL and SL and the
     * year's SLEF; for a contest, the share of threat events that become loss events is estimated once per scenario
     * from 100,000 (TCap, RS) pairs. The count N itself is drawn exactly for means below 10¹² and from the normal
     * approximation N(m, m) above. Years with at most {@value #EXACT_EVENTS_PER_YEAR} events are simulated
     * exactly as without this bound, so results change only where a year would exceed it.
     */
    POISSON_EVENTS;

    /**
     * The most events a year of {@link #POISSON_EVENTS} simulates one by one; a year with more is drawn at once.
     */
    public static final int EXACT_EVENTS_PER_YEAR = 10_000;
}
