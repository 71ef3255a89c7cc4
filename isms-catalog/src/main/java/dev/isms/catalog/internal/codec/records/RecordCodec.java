// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.catalog.CatalogException;
import dev.isms.catalog.internal.codec.JsonCodec;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.certification.Certificate;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.StatementOfApplicability;
import java.io.InputStream;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The codec of the management-system records behind {@code dev.isms.catalog.json.IsmsJson}: one read and one write
 * per document, through the strict, bounded {@link JsonCodec}. Reading collects every problem with its pointer and
 * throws {@link FormatException} once; nothing is half-built.
 */
public final class RecordCodec {
    private final JsonCodec json;

    /**
     * Creates the codec.
     *
     * @param json the JSON codec with the limits to apply
     */
    public RecordCodec(JsonCodec json) {
        this.json = json;
    }

    /** One document: its body DTO class and how it becomes a value. */
    private <D, T> T read(InputStream in, String resource, String format, Class<D> type,
            BiFunction<D, At, T> map) {
        return readDocument(json, in, resource, format, type, map);
    }

    /**
     * Reads one document of any format through a codec: binds its body, maps it to a value collecting every problem,
     * then throws them all at once; shared with the risk documents' codec.
     *
     * @param <D> the body DTO type
     * @param <T> the value type
     * @param json the codec
     * @param in the document
     * @param resource its name for messages
     * @param format the expected format name
     * @param type the body DTO class
     * @param map how the body becomes a value, reporting problems at their pointers
     * @return the value
     * @throws dev.isms.core.FormatException listing every problem
     */
    public static <D, T> T readDocument(JsonCodec json, InputStream in, String resource, String format,
            Class<D> type, BiFunction<D, At, T> map) {
        Problems problems = new Problems(resource);
        D dto = json.readBody(in, format, type, problems);
        T value = map.apply(dto, At.root(problems));
        problems.throwIfAny();
        if (value == null) {
            throw new CatalogException("the " + format + " reader found no problem but built nothing");
        }
        return value;
    }

    /**
     * Reads an {@code isms-applied-controls} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @return the set
     */
    public AppliedControlSet readAppliedControls(InputStream in, String resource) {
        return read(in, resource, AppliedControlMapping.FORMAT, AppliedControlsDto.class, (d, at) ->
                AppliedControlMapping.toSet(d.appliedControls(), at, "appliedControls"));
    }

    /**
     * {@return an {@code isms-applied-controls} document}
     *
     * @param set the set
     */
    public byte[] write(AppliedControlSet set) {
        return json.writeDocument(AppliedControlMapping.FORMAT, new AppliedControlsDto(
                AppliedControlMapping.toDtos(set)));
    }

    /**
     * Reads an {@code isms-soa} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @param catalog the catalogue whose controls the entries name
     * @return the statement
     */
    public StatementOfApplicability readSoa(InputStream in, String resource, Catalog catalog) {
        return read(in, resource, SoaMapping.FORMAT, SoaDto.class, (d, at) -> SoaMapping.toSoa(d, at, catalog));
    }

    /**
     * {@return an {@code isms-soa} document}
     *
     * @param soa the statement
     */
    public byte[] write(StatementOfApplicability soa) {
        return json.writeDocument(SoaMapping.FORMAT, SoaMapping.toDto(soa));
    }

    /**
     * Reads an {@code isms-gap-assessment} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @param requirements the clauses assessed
     * @param catalog the controls assessed
     * @return the assessment
     */
    public GapAssessment readGapAssessment(InputStream in, String resource, RequirementSet requirements,
            Catalog catalog) {
        return read(in, resource, GapAssessmentMapping.FORMAT, GapAssessmentDto.class, (d, at) ->
                GapAssessmentMapping.toAssessment(d, at, requirements, catalog));
    }

    /**
     * {@return an {@code isms-gap-assessment} document}
     *
     * @param assessment the assessment
     */
    public byte[] write(GapAssessment assessment) {
        return json.writeDocument(GapAssessmentMapping.FORMAT, GapAssessmentMapping.toDto(assessment));
    }

    /**
     * Reads an {@code isms-assets} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @return the inventory
     */
    public AssetInventory readAssets(InputStream in, String resource) {
        return read(in, resource, AssetMapping.FORMAT, AssetsDto.class, (d, at) ->
                AssetMapping.toInventory(d.assets(), at.field("assets").pointer(), at.problems()));
    }

    /**
     * {@return an {@code isms-assets} document}
     *
     * @param inventory the inventory
     */
    public byte[] write(AssetInventory inventory) {
        return json.writeDocument(AssetMapping.FORMAT, new AssetsDto(AssetMapping.toDtos(inventory)));
    }

    /**
     * Reads an {@code isms-monitoring} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @return the monitoring records
     */
    public Monitoring readMonitoring(InputStream in, String resource) {
        return read(in, resource, MonitoringMapping.FORMAT, MonitoringDto.class, MonitoringMapping::toMonitoring);
    }

    /**
     * {@return an {@code isms-monitoring} document}
     *
     * @param monitoring the records
     */
    public byte[] write(Monitoring monitoring) {
        return json.writeDocument(MonitoringMapping.FORMAT, MonitoringMapping.toDto(monitoring));
    }

    /**
     * Reads an {@code isms-audits} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @return the register
     */
    public FindingRegister readAudits(InputStream in, String resource) {
        return read(in, resource, AuditMapping.FORMAT, AuditsDto.class, AuditMapping::toRegister);
    }

    /**
     * {@return an {@code isms-audits} document}
     *
     * @param register the register
     */
    public byte[] write(FindingRegister register) {
        return json.writeDocument(AuditMapping.FORMAT, AuditMapping.toDto(register));
    }

    /**
     * Reads an {@code isms-management-review} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @return the review
     */
    public ManagementReview readReview(InputStream in, String resource) {
        return read(in, resource, ReviewMapping.FORMAT, ReviewDto.class, ReviewMapping::toReview);
    }

    /**
     * {@return an {@code isms-management-review} document}
     *
     * @param review the review
     */
    public byte[] write(ManagementReview review) {
        return json.writeDocument(ReviewMapping.FORMAT, ReviewMapping.toDto(review));
    }

    /**
     * Reads an {@code isms-certificate} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @return the certificate
     */
    public Certificate readCertificate(InputStream in, String resource) {
        return read(in, resource, CertificateMapping.FORMAT, CertificateDto.class, CertificateMapping::toCertificate);
    }

    /**
     * {@return an {@code isms-certificate} document}
     *
     * @param certificate the certificate
     */
    public byte[] write(Certificate certificate) {
        return json.writeDocument(CertificateMapping.FORMAT, CertificateMapping.toDto(certificate));
    }

    /**
     * Reads an {@code isms-bundle} document.
     *
     * @param in the document
     * @param resource its name for messages
     * @param context the requirement set and catalogue the statement and the assessment name
     * @param assemble builds the bundle from its parts; a rule it breaks is reported at the document's root
     * @param <T> the bundle type
     * @return the bundle
     */
    public <T> T readBundle(InputStream in, String resource, BundleContext context, Function<BundleParts, T> assemble) {
        return read(in, resource, BundleMapping.FORMAT, BundleDto.class, (d, at) -> {
            BundleParts parts = BundleMapping.toParts(d, at, context);
            return parts == null || !at.problems().isEmpty() ? null : at.build(() -> assemble.apply(parts));
        });
    }

    /**
     * {@return an {@code isms-bundle} document}
     *
     * @param parts the bundle's parts
     */
    public byte[] write(BundleParts parts) {
        return json.writeDocument(BundleMapping.FORMAT, BundleMapping.toDto(parts));
    }
}
