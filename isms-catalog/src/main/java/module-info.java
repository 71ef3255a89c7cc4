/**
 * The built-in ISO/IEC 27001/27002 catalogues and their interchange: licensed-text overlays
 * ({@link dev.isms.catalog.LicensedText}) and the JSON codec ({@link dev.isms.catalog.json.CatalogJson}).
 */
module dev.isms.catalog {
    requires transitive dev.isms.core;
    requires com.fasterxml.jackson.databind;
    requires jakarta.validation;
    requires org.slf4j;

    exports dev.isms.catalog;
    exports dev.isms.catalog.json;

    opens dev.isms.catalog.internal.codec to com.fasterxml.jackson.databind, org.hibernate.validator;
}
