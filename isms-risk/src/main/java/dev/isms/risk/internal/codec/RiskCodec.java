// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.JsonCodec;
import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.codec.records.At;
import dev.isms.catalog.internal.codec.records.Dtos;
import dev.isms.catalog.internal.codec.records.RecordCodec;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskSource;
import dev.isms.risk.Threat;
import dev.isms.risk.TierScore;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The codec of the risk documents behind {@code dev.isms.risk.json.RiskJson}: one read and one write per document,
 * through the catalogue module's strict, bounded {@link JsonCodec}. Reading collects every problem with its pointer
 * and throws {@link FormatException} once; nothing is half-built. Immutable and thread-safe.
 */
public final class RiskCodec {
    private final JsonCodec json;
    private final CatalogSource catalogs;

    /**
     * Creates the codec.
     *
     * @param limits the limits of the documents read and written
     * @param catalogs the catalogues control references resolve against
     */
    public RiskCodec(Limits limits, CatalogSource catalogs) {
        this.json = new JsonCodec(limits);
        this.catalogs = catalogs;
    }

    /** {@return the limits} */
    public Limits limits() {
        return json.limits();
    }

    private <D, T> T read(InputStream in, String resource, String format, Class<D> type, BiFunction<D, At, T> map) {
        return RecordCodec.readDocument(json, in, resource, format, type, map);
    }

    /**
     * {@return the criteria of an {@code isms-risk-criteria} document}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public RiskCriteria readCriteria(InputStream in, String resource) {
        return read(in, resource, CriteriaMapping.FORMAT, CriteriaDto.class, CriteriaMapping::toCriteria);
    }

    /**
     * {@return an {@code isms-risk-criteria} document}
     *
     * @param criteria the criteria
     */
    public byte[] writeCriteria(RiskCriteria criteria) {
        return json.writeDocument(CriteriaMapping.FORMAT, CriteriaMapping.toDto(criteria));
    }

    /**
     * {@return the threats of an {@code isms-risk-threats} document}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public List<Threat> readThreats(InputStream in, String resource) {
        return read(in, resource, "isms-risk-threats", ThreatsDto.class, (d, at) -> values(Part.read(d.threats(),
                at, "threats", RecordMapping.THREAT, RecordMapping::toThreat)));
    }

    /**
     * {@return an {@code isms-risk-threats} document}
     *
     * @param threats the threats
     */
    public byte[] writeThreats(List<Threat> threats) {
        return json.writeDocument("isms-risk-threats", new ThreatsDto(list(threats, RecordMapping::toDto)));
    }

    /**
     * {@return the vulnerabilities of an {@code isms-risk-vulnerabilities} document}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public List<Vulnerability> readVulnerabilities(InputStream in, String resource) {
        return read(in, resource, "isms-risk-vulnerabilities", VulnerabilitiesDto.class, (d, at) -> values(
                Part.read(d.vulnerabilities(), at, "vulnerabilities", RecordMapping.VULNERABILITY,
                        RecordMapping::toVulnerability)));
    }

    /**
     * {@return an {@code isms-risk-vulnerabilities} document}
     *
     * @param vulnerabilities the vulnerabilities
     */
    public byte[] writeVulnerabilities(List<Vulnerability> vulnerabilities) {
        return json.writeDocument("isms-risk-vulnerabilities", new VulnerabilitiesDto(list(vulnerabilities,
                RecordMapping::toDto)));
    }

    /**
     * {@return the risk sources of an {@code isms-risk-sources} document}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public List<RiskSource> readSources(InputStream in, String resource) {
        return read(in, resource, "isms-risk-sources", SourcesDto.class, (d, at) -> values(Part.read(d.sources(),
                at, "sources", RecordMapping.SOURCE, RecordMapping::toSource)));
    }

    /**
     * {@return an {@code isms-risk-sources} document}
     *
     * @param sources the risk sources
     */
    public byte[] writeSources(List<RiskSource> sources) {
        return json.writeDocument("isms-risk-sources", new SourcesDto(list(sources, RecordMapping::toDto)));
    }

    /**
     * {@return the scenarios of an {@code isms-risk-scenarios} document, their controls resolved}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public List<RiskScenario> readScenarios(InputStream in, String resource) {
        ControlCheck controls = ControlCheck.any(catalogs);
        return read(in, resource, ScenarioMapping.FORMAT, ScenariosDto.class, (d, at) -> values(Part.read(
                d.scenarios(), at, "scenarios", RecordMapping.SCENARIO, (s, item) -> ScenarioMapping.toScenario(s,
                        item, controls))));
    }

    /**
     * {@return an {@code isms-risk-scenarios} document}
     *
     * @param scenarios the scenarios
     */
    public byte[] writeScenarios(List<RiskScenario> scenarios) {
        return json.writeDocument(ScenarioMapping.FORMAT, new ScenariosDto(list(scenarios, ScenarioMapping::toDto)));
    }

    /**
     * {@return the treatments of an {@code isms-risk-treatments} document, their controls resolved}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public List<RiskTreatment> readTreatments(InputStream in, String resource) {
        ControlCheck controls = ControlCheck.any(catalogs);
        return read(in, resource, "isms-risk-treatments", TreatmentsDto.class, (d, at) -> values(Part.read(
                d.treatments(), at, "treatments", RecordMapping.TREATMENT, (t, item) -> RecordMapping.toTreatment(t,
                        item, controls))));
    }

    /**
     * {@return an {@code isms-risk-treatments} document}
     *
     * @param treatments the treatments
     */
    public byte[] writeTreatments(List<RiskTreatment> treatments) {
        return json.writeDocument("isms-risk-treatments", new TreatmentsDto(list(treatments, RecordMapping::toDto)));
    }

    /**
     * {@return the acceptances of an {@code isms-risk-acceptances} document}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public List<RiskAcceptance> readAcceptances(InputStream in, String resource) {
        return read(in, resource, "isms-risk-acceptances", AcceptancesDto.class, (d, at) -> values(Part.read(
                d.acceptances(), at, "acceptances", RecordMapping.ACCEPTANCE, RecordMapping::toAcceptance)));
    }

    /**
     * {@return an {@code isms-risk-acceptances} document}
     *
     * @param acceptances the acceptances
     */
    public byte[] writeAcceptances(List<RiskAcceptance> acceptances) {
        return json.writeDocument("isms-risk-acceptances", new AcceptancesDto(list(acceptances,
                RecordMapping::toDto)));
    }

    /**
     * {@return the stored scores of an {@code isms-risk-scores} document}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public List<TierScore> readScores(InputStream in, String resource) {
        return read(in, resource, "isms-risk-scores", ScoresDto.class, (d, at) -> ScoreMapping.toScores(d.scores(),
                at));
    }

    /**
     * {@return an {@code isms-risk-scores} document}
     *
     * @param scores the scores
     */
    public byte[] writeScores(List<TierScore> scores) {
        List<ScoreDto> dtos = ScoreMapping.toDtos(scores);
        return json.writeDocument("isms-risk-scores", new ScoresDto(dtos == null ? List.of() : dtos));
    }

    /**
     * {@return the register of an {@code isms-risk-register} document, its catalogues and controls resolved}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public RiskRegister readRegister(InputStream in, String resource) {
        return read(in, resource, RegisterMapping.FORMAT, RegisterDto.class, (d, at) -> RegisterMapping.toRegister(d,
                at, catalogs));
    }

    /**
     * {@return an {@code isms-risk-register} document}
     *
     * @param register the register
     * @throws IllegalArgumentException if the register names a catalogue this codec would not read back
     */
    public byte[] writeRegister(RiskRegister register) {
        for (Catalog c : register.catalogs()) {
            if (!catalogs.find(c.id()).map(c::equals).orElse(false)) {
                throw new IllegalArgumentException("register catalogue " + Checks.quote(c.id()) + " must be one the"
                        + " reader resolves (it knows " + catalogs.known() + "), else the document would not read"
                        + " back");
            }
        }
        return json.writeDocument(RegisterMapping.FORMAT, RegisterMapping.toDto(register));
    }

    /**
     * {@return the FAIR scenarios of an {@code isms-fair-scenarios} document}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public List<FairScenario> readFairScenarios(InputStream in, String resource) {
        return read(in, resource, FairMapping.SCENARIOS, FairScenariosDto.class, (d, at) -> {
            List<FairScenario> out = new ArrayList<>();
            At list = at.field("scenarios");
            List<FairScenarioDto> dtos = Dtos.orEmpty(d.scenarios());
            for (int i = 0; i < dtos.size(); i++) {
                // a null item: Bean Validation reported it, so the document is refused
                FairScenario s = dtos.get(i) == null ? null : FairMapping.toScenario(dtos.get(i), list.index(i));
                if (s != null) {
                    out.add(s);
                }
            }
            return at.clean() ? List.copyOf(out) : null;
        });
    }

    /**
     * {@return an {@code isms-fair-scenarios} document}
     *
     * @param scenarios the scenarios
     */
    public byte[] writeFairScenarios(List<FairScenario> scenarios) {
        return json.writeDocument(FairMapping.SCENARIOS, new FairScenariosDto(list(scenarios, FairMapping::toDto)));
    }

    /**
     * {@return the FAIR result of an {@code isms-fair-result} document}
     *
     * @param in the document
     * @param resource its name for messages
     */
    public FairResult readFairResult(InputStream in, String resource) {
        return read(in, resource, FairMapping.RESULT, FairResultDto.class, FairMapping::toResult);
    }

    /**
     * {@return an {@code isms-fair-result} document}
     *
     * @param result the result
     */
    public byte[] writeFairResult(FairResult result) {
        return json.writeDocument(FairMapping.RESULT, FairMapping.toDto(result));
    }

    private static <T> List<T> values(Part<T> part) {
        return List.copyOf(part.values());
    }

    private static <T, D> List<D> list(List<T> items, Function<T, D> map) {
        List<D> out = new ArrayList<>(items.size());
        for (T t : items) {
            out.add(map.apply(t));
        }
        return out;
    }
}
