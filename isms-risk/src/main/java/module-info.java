// SPDX-License-Identifier: Apache-2.0
/**
 * ISO/IEC 27005 risk management: assets and scenarios, risk criteria as data, risk levels in four tiers,
 * treatments and acceptances, an immutable versioned register, and pluggable scoring methods behind the
 * {@link dev.isms.risk.spi.RiskScorer} interface, and the JSON formats of the risk documents
 * ({@link dev.isms.risk.json.RiskJson}).
 *
 * @uses dev.isms.risk.spi.RiskScorer
 * @provides dev.isms.risk.spi.RiskScorer the built-in methods: iso27005-matrix, owasp-rr, nist-800-30,
 *           cvss-3.1, cvss-4.0, fair
 */
module dev.isms.risk {
    requires transitive dev.isms.core;
    // Transitive because RiskJson's signatures name its types (JsonFormat, CatalogRegistry): reading a register
    // resolves control references against catalogues, and the codec reuses the catalogue codec's infrastructure.
    requires transitive dev.isms.catalog;
    requires com.fasterxml.jackson.databind;
    requires jakarta.validation;
    requires org.slf4j;

    exports dev.isms.risk;
    exports dev.isms.risk.criteria;
    exports dev.isms.risk.cvss;
    exports dev.isms.risk.fair;
    exports dev.isms.risk.json;
    exports dev.isms.risk.method;
    exports dev.isms.risk.register;
    exports dev.isms.risk.report;
    exports dev.isms.risk.spi;

    opens dev.isms.risk.internal.codec to com.fasterxml.jackson.databind, org.hibernate.validator;

    uses dev.isms.risk.spi.RiskScorer;
    provides dev.isms.risk.spi.RiskScorer with dev.isms.risk.method.MatrixScorer, dev.isms.risk.method.Cvss31Scorer,
            dev.isms.risk.method.Cvss40Scorer, dev.isms.risk.method.OwaspScorer, dev.isms.risk.method.Nist80030Scorer,
            dev.isms.risk.method.FairScorer;
}
