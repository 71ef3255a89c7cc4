// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import dev.isms.catalog.internal.codec.JsonCodec;
import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.catalog.internal.codec.records.BundleContext;
import dev.isms.catalog.internal.codec.records.BundleParts;
import dev.isms.catalog.internal.codec.records.RecordCodec;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.certification.Certificate;
import dev.isms.core.internal.Checks;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.Objects;

/**
 * The isms JSON formats of the management-system records: applied controls, the Statement of Applicability, gap
 * assessments, assets, monitoring, audits, management reviews, certificates, and the {@code isms-bundle} that holds
 * all of one organisation's. Each method returns the {@link JsonFormat} of one document type, whose
 * {@code toJson}, {@code write}, {@code read} and {@code parse} convert values and documents; the documents and their
 * members are described in the {@linkplain dev.isms.catalog.json package documentation}.
 *
 * <pre>{@code
 * IsmsJson json = IsmsJson.defaults();
 * json.bundle(Catalogs.iso27001_2022Requirements(), Catalogs.iso27002_2022()).write(isms, Path.of("isms.json"));
 * StatementOfApplicability soa = json.statementOfApplicability(Catalogs.iso27002_2022()).parse(text);
 * }</pre>
 *
 * <p>Documents refer to each other and to catalogues by id: a statement names the controls of a catalogue, which the
 * reader is given (a control not in it is reported at its pointer); a gap assessment names the clauses of a
 * requirement set and the controls of a catalogue. Reading has the guarantees of {@link CatalogJson}: strict
 * (unknown members, duplicate keys, wrong types are errors), bounded by the same limits, every problem reported
 * with its JSON pointer (at most {@value #MAX_PROBLEMS}), nothing half-built; what is written reads back equal.
 * Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class IsmsJson {
    /** How many problems a {@link FormatException} of these formats lists at most. */
    public static final int MAX_PROBLEMS = Problems.MAX_PROBLEMS;

    private static final IsmsJson DEFAULTS = new IsmsJson(Limits.DEFAULT);

    private final JsonCodec json;
    private final RecordCodec codec;

    private IsmsJson(Limits limits) {
        this.json = new JsonCodec(limits);
        this.codec = new RecordCodec(json);
    }

    /** {@return the formats with the default limits: 16 MiB documents, nesting depth 32, strings of 1,000,000 chars} */
    public static IsmsJson defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the default limits} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the largest document read or written, in bytes} */
    public long maxDocumentBytes() {
        return json.limits().maxDocumentBytes();
    }

    /** {@return the deepest nesting of arrays and objects read or written} */
    public int maxNestingDepth() {
        return json.limits().maxNestingDepth();
    }

    /** {@return the longest string value or object key read or written, in characters} */
    public int maxStringLength() {
        return json.limits().maxStringLength();
    }

    /** {@return the {@code isms-applied-controls} format of an organisation's applied controls} */
    public JsonFormat<AppliedControlSet> appliedControls() {
        return new JsonFormat<>("isms-applied-controls", codec::write, codec::readAppliedControls);
    }

    /**
     * Returns the {@code isms-soa} format of Statements of Applicability of one catalogue.
     *
     * @param catalog the catalogue whose controls the statements list; reading checks every entry against it, and
     *        writing accepts only its statements
     * @return the format
     */
    public JsonFormat<StatementOfApplicability> statementOfApplicability(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new JsonFormat<>("isms-soa", soa -> codec.write(ofCatalog(soa, catalog)), (in, resource) ->
                codec.readSoa(in, resource, catalog));
    }

    /**
     * Returns the {@code isms-gap-assessment} format of gap assessments of one requirement set and one catalogue.
     *
     * @param requirements the clauses assessed, such as ISO/IEC 27001:2022 clauses 4 to 10
     * @param catalog the controls assessed, such as ISO/IEC 27002:2022
     * @return the format
     */
    public JsonFormat<GapAssessment> gapAssessment(RequirementSet requirements, Catalog catalog) {
        BundleContext context = new BundleContext(Objects.requireNonNull(requirements, "requirements"),
                Objects.requireNonNull(catalog, "catalog"));
        return new JsonFormat<>("isms-gap-assessment", g -> codec.write(ofContext(g, context)), (in, resource) ->
                codec.readGapAssessment(in, resource, requirements, catalog));
    }

    /** {@return the {@code isms-assets} format of asset inventories, with handling and lifecycle history} */
    public JsonFormat<AssetInventory> assets() {
        return new JsonFormat<>("isms-assets", codec::write, codec::readAssets);
    }

    /** {@return the {@code isms-monitoring} format of objectives, performance indicators and measurements} */
    public JsonFormat<Monitoring> monitoring() {
        return new JsonFormat<>("isms-monitoring", codec::write, codec::readMonitoring);
    }

    /** {@return the {@code isms-audits} format of an audit programme with its findings and corrective actions} */
    public JsonFormat<FindingRegister> audits() {
        return new JsonFormat<>("isms-audits", codec::write, codec::readAudits);
    }

    /** {@return the {@code isms-management-review} format of one management review record} */
    public JsonFormat<ManagementReview> managementReview() {
        return new JsonFormat<>("isms-management-review", codec::write, codec::readReview);
    }

    /** {@return the {@code isms-certificate} format of one certificate and the audits of its cycle} */
    public JsonFormat<Certificate> certificate() {
        return new JsonFormat<>("isms-certificate", codec::write, codec::readCertificate);
    }

    /**
     * Returns the {@code isms-bundle} format: everything of one organisation's ISMS in one document.
     *
     * @param requirements the clauses a bundle's gap assessment names
     * @param catalog the catalogue a bundle's statement and gap assessment name
     * @return the format
     */
    public JsonFormat<IsmsBundle> bundle(RequirementSet requirements, Catalog catalog) {
        BundleContext context = new BundleContext(Objects.requireNonNull(requirements, "requirements"),
                Objects.requireNonNull(catalog, "catalog"));
        return new JsonFormat<>("isms-bundle", b -> codec.write(parts(b, context)), (in, resource) ->
                codec.readBundle(in, resource, context, IsmsJson::assemble));
    }

    private static StatementOfApplicability ofCatalog(StatementOfApplicability soa, Catalog catalog) {
        if (!soa.catalogId().equals(catalog.id())) {
            throw new IllegalArgumentException("statement of applicability catalogue must be " + Checks.quote(
                    catalog.id()) + ", the catalogue this format reads, but was " + Checks.quote(soa.catalogId()));
        }
        return soa;
    }

    private static GapAssessment ofContext(GapAssessment g, BundleContext context) {
        if (!g.requirements().id().equals(context.requirements().id()) || !g.catalog().id().equals(
                context.catalog().id())) {
            throw new IllegalArgumentException("gap assessment must be of requirement set " + Checks.quote(
                    context.requirements().id()) + " and catalogue " + Checks.quote(context.catalog().id())
                    + ", which this format reads, but was of " + Checks.quote(g.requirements().id()) + " and "
                    + Checks.quote(g.catalog().id()));
        }
        return g;
    }

    private static BundleParts parts(IsmsBundle b, BundleContext context) {
        b.statementOfApplicability().ifPresent(s -> ofCatalog(s, context.catalog()));
        b.gapAssessment().ifPresent(g -> ofContext(g, context));
        return new BundleParts(b.organisation(), b.scope(), b.appliedControls(), b.statementOfApplicability(),
                b.gapAssessment(), b.scoringStrategy(), b.assets(), b.monitoring(), b.audits(), b.managementReviews(),
                b.certificates());
    }

    private static IsmsBundle assemble(BundleParts p) {
        return new IsmsBundle(p.organisation(), p.scope(), p.appliedControls(), p.soa(), p.gapAssessment(),
                p.scoringStrategy(), p.assets(), p.monitoring(), p.audits(), p.reviews(), p.certificates());
    }

    /** {@return the limits, such as {@code "IsmsJson[16777216 bytes, depth 32, strings 1000000]"}} */
    @Override
    public String toString() {
        return "IsmsJson[" + maxDocumentBytes() + " bytes, depth " + maxNestingDepth() + ", strings "
                + maxStringLength() + "]";
    }

    /**
     * Sets the limits of an {@link IsmsJson}, as {@link CatalogJson.Builder} does. Not thread-safe; the formats it
     * builds are.
     *
     * @since 0.2
     */
    public static final class Builder {
        private long maxDocumentBytes = Limits.DEFAULT.maxDocumentBytes();
        private int maxNestingDepth = Limits.DEFAULT.maxNestingDepth();
        private int maxStringLength = Limits.DEFAULT.maxStringLength();

        private Builder() {
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
         * @param depth 1..10000; a bundle needs 7
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
        public IsmsJson build() {
            return new IsmsJson(new Limits(maxDocumentBytes, maxNestingDepth, maxStringLength));
        }
    }
}
