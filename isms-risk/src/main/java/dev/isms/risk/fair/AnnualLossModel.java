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
     */
    POISSON_EVENTS
}
