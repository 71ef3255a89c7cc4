/**
 * The built-in ISO/IEC 27001/27002 catalogues and their interchange: the {@link dev.isms.catalog.Catalogs}
 * entry point, the {@link dev.isms.catalog.spi.CatalogProvider} plug-in interface, licensed-text overlays and
 * the JSON codec.
 *
 * @uses dev.isms.catalog.spi.CatalogProvider
 * @provides dev.isms.catalog.spi.CatalogProvider the built-in ISO/IEC catalogues
 */
module dev.isms.catalog {
    requires transitive dev.isms.core;
    requires org.slf4j;

    exports dev.isms.catalog;
    exports dev.isms.catalog.spi;

    uses dev.isms.catalog.spi.CatalogProvider;
    provides dev.isms.catalog.spi.CatalogProvider with dev.isms.catalog.internal.BuiltInCatalogProvider;
}
