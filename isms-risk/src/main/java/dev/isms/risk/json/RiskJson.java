// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.json;

import dev.isms.catalog.CatalogRegistry;
import dev.isms.catalog.json.JsonFormat;
import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.FormatException;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskSource;
import dev.isms.risk.Threat;
import dev.isms.risk.TierScore;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.internal.codec.CatalogSource;
import dev.isms.risk.internal.codec.RiskCodec;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import java.util.List;
import java.util.Objects;

/**
 * The isms JSON formats of the risk documents: criteria, threats, vulnerabilities, risk sources, scenarios with
 * their stored scores, treatments, acceptances, stored scores, the register and FAIR scenarios and results. Each
 * method returns the {@link JsonFormat} of one document type, whose {@code toJson}, {@code write}, {@code read} and
 * {@code parse} convert values and documents; the documents and their members are described in the
 * {@linkplain dev.isms.risk.json package documentation}.
 *
 * <pre>{@code
 * RiskJson json = RiskJson.defaults();
 * json.register().write(register, Path.of("risks.json"));
 * RiskRegister same = json.register().read(Path.of("risks.json"));
 * }</pre>
 *
 * <p>Control references ({@code iso27002:2022#8.24}) resolve against the catalogues of a {@link CatalogRegistry}:
 * the standard one ({@code Catalogs.standard()}) unless {@link Builder#catalogs(CatalogRegistry)} names another. A
 * catalogue or control the registry does not know is reported at its JSON pointer. Reading is strict (unknown
 * members, duplicate keys, wrong types are errors), bounded by the catalogue codec's limits, reports every problem
 * with its JSON pointer (at most {@value #MAX_PROBLEMS}) in one {@link FormatException}, and builds nothing half;
 * what is written reads back equal. Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class RiskJson {
    /** How many problems a {@link FormatException} of these formats lists at most. */
    public static final int MAX_PROBLEMS = Problems.MAX_PROBLEMS;

    private static final RiskJson DEFAULTS = new RiskJson(Limits.DEFAULT, CatalogSource.standard());

    private final RiskCodec codec;

    private RiskJson(Limits limits, CatalogSource catalogs) {
        this.codec = new RiskCodec(limits, catalogs);
    }

    /**
     * {@return the formats with the default limits (16 MiB documents, nesting depth 32, strings of 1,000,000
     * characters), resolving controls against {@code Catalogs.standard()}}
     */
    public static RiskJson defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the largest document read or written, in bytes} */
    public long maxDocumentBytes() {
        return codec.limits().maxDocumentBytes();
    }

    /** {@return the deepest nesting of arrays and objects read or written} */
    public int maxNestingDepth() {
        return codec.limits().maxNestingDepth();
    }

    /** {@return the longest string value or object key read or written, in characters} */
    public int maxStringLength() {
        return codec.limits().maxStringLength();
    }

    /** {@return the {@code isms-risk-criteria} format: scales, matrices (as bands or a grid) and acceptance} */
    public JsonFormat<RiskCriteria> criteria() {
        return JsonFormat.of("isms-risk-criteria", codec::writeCriteria, codec::readCriteria);
    }

    /** {@return the {@code isms-risk-threats} format of a list of threats} */
    public JsonFormat<List<Threat>> threats() {
        return JsonFormat.of("isms-risk-threats", codec::writeThreats, codec::readThreats);
    }

    /** {@return the {@code isms-risk-vulnerabilities} format of a list of vulnerabilities, CVSS as vectors} */
    public JsonFormat<List<Vulnerability>> vulnerabilities() {
        return JsonFormat.of("isms-risk-vulnerabilities", codec::writeVulnerabilities, codec::readVulnerabilities);
    }

    /** {@return the {@code isms-risk-sources} format of a list of risk sources} */
    public JsonFormat<List<RiskSource>> sources() {
        return JsonFormat.of("isms-risk-sources", codec::writeSources, codec::readSources);
    }

    /** {@return the {@code isms-risk-scenarios} format of a list of scenarios with their stored scores} */
    public JsonFormat<List<RiskScenario>> scenarios() {
        return JsonFormat.of("isms-risk-scenarios", codec::writeScenarios, codec::readScenarios);
    }

    /** {@return the {@code isms-risk-treatments} format of a list of treatments} */
    public JsonFormat<List<RiskTreatment>> treatments() {
        return JsonFormat.of("isms-risk-treatments", codec::writeTreatments, codec::readTreatments);
    }

    /** {@return the {@code isms-risk-acceptances} format of a list of acceptances} */
    public JsonFormat<List<RiskAcceptance>> acceptances() {
        return JsonFormat.of("isms-risk-acceptances", codec::writeAcceptances, codec::readAcceptances);
    }

    /** {@return the {@code isms-risk-scores} format of a list of stored scores, each with its tier} */
    public JsonFormat<List<TierScore>> scores() {
        return JsonFormat.of("isms-risk-scores", codec::writeScores, codec::readScores);
    }

    /**
     * Returns the {@code isms-risk-register} format: a whole register with its version. Writing refuses a register
     * whose catalogues are not those this format's registry resolves (it could not be read back); reading resolves
     * the catalogues the register lists and checks every control reference against them.
     *
     * @return the format
     */
    public JsonFormat<RiskRegister> register() {
        return JsonFormat.of("isms-risk-register", codec::writeRegister, codec::readRegister);
    }

    /** {@return the {@code isms-fair-scenarios} format of a list of FAIR scenarios} */
    public JsonFormat<List<FairScenario>> fairScenarios() {
        return JsonFormat.of("isms-fair-scenarios", codec::writeFairScenarios, codec::readFairScenarios);
    }

    /** {@return the {@code isms-fair-result} format of the result of a FAIR simulation} */
    public JsonFormat<FairResult> fairResult() {
        return JsonFormat.of("isms-fair-result", codec::writeFairResult, codec::readFairResult);
    }

    /** {@return the limits, such as {@code "RiskJson[16777216 bytes, depth 32, strings 1000000]"}} */
    @Override
    public String toString() {
        return "RiskJson[" + maxDocumentBytes() + " bytes, depth " + maxNestingDepth() + ", strings "
                + maxStringLength() + "]";
    }

    /**
     * Sets the catalogues and the limits of a {@link RiskJson}. Not thread-safe; the formats it builds are.
     *
     * @since 0.2
     */
    public static final class Builder {
        private long maxDocumentBytes = Limits.DEFAULT.maxDocumentBytes();
        private int maxNestingDepth = Limits.DEFAULT.maxNestingDepth();
        private int maxStringLength = Limits.DEFAULT.maxStringLength();
        private CatalogSource catalogs = CatalogSource.standard();

        private Builder() {
        }

        /**
         * Sets the catalogues control references resolve against.
         *
         * @param registry the registry, not null
         * @return this builder
         */
        public Builder catalogs(CatalogRegistry registry) {
            this.catalogs = CatalogSource.of(Objects.requireNonNull(registry, "registry"));
            return this;
        }

        /**
         * Sets the largest document read or written.
         *
         * @param bytes 1..2147483639
         * @return this builder
         */
        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = bytes;
            return this;
        }

        /**
         * Sets the deepest nesting of arrays and objects.
         *
         * @param depth 1..10000; a register needs 8
         * @return this builder
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = depth;
            return this;
        }

        /**
         * Sets the longest string value or object key read or written.
         *
         * @param chars 1..2147483639
         * @return this builder
         */
        public Builder maxStringLength(int chars) {
            this.maxStringLength = chars;
            return this;
        }

        /**
         * Builds the formats.
         *
         * @return the formats
         * @throws IllegalArgumentException if a limit is out of range; the message names it
         */
        public RiskJson build() {
            return new RiskJson(new Limits(maxDocumentBytes, maxNestingDepth, maxStringLength), catalogs);
        }
    }
}
