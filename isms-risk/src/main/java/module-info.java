/**
 * ISO/IEC 27005 risk assessment for isms: today the CVSS v3.1 and v4.0 base, temporal, threat and environmental
 * scoring of {@link dev.isms.risk.cvss}, computed and rounded exactly as FIRST's specifications and reference
 * calculators do.
 *
 * <p>Every exported type is an immutable, thread-safe value; parse errors are
 * {@link dev.isms.risk.cvss.CvssException}s.
 */
module dev.isms.risk {
    requires transitive dev.isms.core;

    exports dev.isms.risk.cvss;
}
