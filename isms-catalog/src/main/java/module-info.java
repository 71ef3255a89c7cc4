// SPDX-License-Identifier: Apache-2.0
/**
 * The built-in ISO/IEC 27001/27002 catalogues and their interchange: the {@link dev.isms.catalog.Catalogs} entry
 * point, the {@link dev.isms.catalog.spi.CatalogProvider} plug-in interface, licensed-text overlays
 * ({@link dev.isms.catalog.LicensedText}), the JSON formats ({@link dev.isms.catalog.json.CatalogJson} for catalogues,
 * {@link dev.isms.catalog.json.IsmsJson} for the management-system records), CSV exports for spreadsheets and
 * researchers ({@link dev.isms.catalog.csv.IsmsCsv}), NIST OSCAL interchange ({@link dev.isms.catalog.oscal.Oscal})
 * and the JSON-LD export for researchers ({@link dev.isms.catalog.rdf.CatalogJsonLd}).
 *
 * @uses dev.isms.catalog.spi.CatalogProvider
 * @provides dev.isms.catalog.spi.CatalogProvider the built-in ISO/IEC catalogues
 */
module dev.isms.catalog {
    requires transitive dev.isms.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires jakarta.validation;
    requires org.slf4j;

    exports dev.isms.catalog;
    exports dev.isms.catalog.csv;
    exports dev.isms.catalog.json;
    exports dev.isms.catalog.oscal;
    exports dev.isms.catalog.rdf;
    exports dev.isms.catalog.report;
    exports dev.isms.catalog.spi;

    // The strict codec and the asset mapping, reused by the risk documents' codec (dev.isms.risk.json.RiskJson).
    exports dev.isms.catalog.internal.codec to dev.isms.risk;
    exports dev.isms.catalog.internal.codec.records to dev.isms.risk;

    opens dev.isms.catalog.internal.codec to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens dev.isms.catalog.internal.codec.records to com.fasterxml.jackson.databind, org.hibernate.validator;

    uses dev.isms.catalog.spi.CatalogProvider;
    provides dev.isms.catalog.spi.CatalogProvider with dev.isms.catalog.internal.BuiltInCatalogProvider;
}
