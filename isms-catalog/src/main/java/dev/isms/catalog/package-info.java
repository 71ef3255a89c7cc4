/**
 * The built-in ISO/IEC 27001/27002 catalogues and the registry of plugged-in ones, reached through
 * {@link dev.isms.catalog.Catalogs}: ISO/IEC 27002:2022 with its attributes, ISO/IEC 27001:2013 Annex A, the
 * ISO/IEC 27001:2022 clauses, the official 2013 to 2022 correspondence and the ISO/IEC 27000 family register.
 *
 * <p>Built-in data holds ids, titles and attributes only, never the standards' text; each resource records its
 * source and content hash in its metadata. Each built-in loads once, lazily, on first use.
 * No method accepts or returns {@code null}; every returned object is immutable and thread-safe.
 * The runnable {@code dev.isms.examples.startup.FirstAnswer} in {@code isms-examples} shows the first query.
 */
package dev.isms.catalog;
