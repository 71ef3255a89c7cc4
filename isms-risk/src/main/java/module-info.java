/**
 * ISO/IEC 27005 risk analysis for isms: an Open FAIR (The Open Group O-RT/O-RA) Monte Carlo engine that turns
 * calibrated estimates of loss event frequency and loss magnitude into annualised loss exposure distributions.
 *
 * <p>The FAIR API lives in {@code dev.isms.risk.fair}; its entry point is
 * {@code dev.isms.risk.fair.FairSimulation}. Samplers and selection algorithms sit in the non-exported
 * {@code dev.isms.risk.internal.fair} package.
 */
module dev.isms.risk {
    requires transitive dev.isms.core;

    exports dev.isms.risk.fair;
}
