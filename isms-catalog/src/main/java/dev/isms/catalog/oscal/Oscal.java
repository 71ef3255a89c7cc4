// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import dev.isms.catalog.internal.codec.Problems;
import dev.isms.catalog.internal.oscal.CatalogReader;
import dev.isms.catalog.internal.oscal.CatalogWriter;
import dev.isms.catalog.internal.oscal.MappingReader;
import dev.isms.catalog.internal.oscal.MappingWriter;
import dev.isms.catalog.internal.oscal.ReadSettings;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.soa.StatementOfApplicability;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads and writes NIST OSCAL (JSON): catalogues as OSCAL 1.1.3 catalogs, profiles (and their resolution against a
 * catalogue), mapping sets as OSCAL 1.2 mapping collections; writes Statements of Applicability as a profile and a
 * system security plan, gap assessments as assessment results.
 *
 * <pre>{@code
 * Oscal.writeCatalog(Catalogs.iso27002_2022(), Path.of("iso27002.json"));       // validates against OSCAL's schema
 * Catalog nist = Oscal.readCatalog(Path.of("NIST_SP-800-53_rev5_catalog.json")); // 1,189 controls, 20 families
 * int enhancements = nist.query().matching(c -> c.parent().isPresent()).count();
 * Catalog moderate = Oscal.resolveProfile(Oscal.readProfile(Path.of("MODERATE.json")), nist);
 * }</pre>
 *
 * <p><b>Catalog export.</b> Groups nest as the catalogue's groups do; a control sits in its innermost group and a
 * child control inside its parent. Ids that are OSCAL tokens stay as they are ({@code A.5.1.1}, {@code ac-2.1});
 * others get the catalogue prefix ({@code 5.1} of {@code iso27002:2022} is {@code iso27002-2022-5.1}, characters a
 * token cannot hold become {@code _}, a repeated id gets {@code _2}); every control and group carries its own id
 * as a {@code label} property. Properties in the {@value #NAMESPACE} namespace carry the catalogue id, publisher
 * and metadata entries ({@code metadata}: key as value, value as remarks), themes ({@code theme}), the five
 * attributes ({@code control-type}, {@code security-property}, {@code cybersecurity-concept},
 * {@code operational-capability}, {@code security-domain}, each value's tag name without {@code #}), group kinds
 * that are not tokens ({@code kind}; token kinds are the group's {@code class}) and, for the mapping sets given in
 * the options, correspondences ({@code maps-from}/{@code maps-to} with a {@code catalog#control} value and the
 * relationship as class). Licensed text goes into a {@code statement} part. The title is the catalogue title,
 * {@code version} its edition. Output is deterministic: 2-space indented UTF-8; the document uuid is a version-5
 * UUID of the document's bytes (written with the nil uuid) in the isms namespace, and {@code last-modified} comes
 * from the options, else the catalogue's {@code oscal.last-modified} metadata, else {@code 1970-01-01T00:00:00Z}.
 *
 * <p><b>Catalog import.</b> Any OSCAL catalog is read. Control ids are the OSCAL ids (they must be isms
 * {@link dev.isms.core.ControlId}s), groups' ids theirs (or their position, {@code 1.2}), group kinds their class;
 * child controls keep their parent and their ancestors' group; the {@code statement} part (prose and items, one per
 * line) becomes the control's text; the catalogue id is {@code oscal:<uuid>} unless the options give one, the
 * publisher the party with the publisher or creator role. Metadata entries {@code oscal.last-modified},
 * {@code oscal.published}, {@code oscal.oscal-version} record the source; withdrawn controls ({@code status}
 * {@code withdrawn}) are kept and listed, space-separated, in {@code oscal.withdrawn} (the export marks them again),
 * or skipped with their children when the options say so. Parameters, links, other parts and back matter are checked
 * for their JSON type and not kept. A document written by isms (it has the isms {@code catalog-id} property) reads
 * back as the catalogue written when its controls and groups are in document order (each group's controls, then its
 * sub-groups; each control followed by its children).
 *
 * <p><b>Statement of Applicability.</b> Two documents, as OSCAL splits them: a profile selecting the applicable
 * controls from the catalogue's export ({@link OscalProfile#from(StatementOfApplicability, Catalog, String)}; it reads
 * back with {@link #readProfile(Path)} and resolves to those controls) and a system security plan importing that
 * profile. An SSP, not a component definition, because the SSP is where OSCAL and the tools that read it (FedRAMP's,
 * compliance-trestle, GRC importers) keep a control's {@code implementation-status} for a system; a component
 * definition describes what a product offers, before any system decides. The plan has one implemented requirement
 * per entry, in catalogue order: OSCAL's implementation state ({@code implemented}, {@code partial},
 * {@code planned}; not implemented is {@code planned} too; excluded is {@code not-applicable}; undecided has none),
 * the exact status, applicability, inclusion reasons, owner, risks, requirements and applied controls as isms
 * properties, the justification as remarks and an explicit status's reason as the status's remarks. The ISMS is the
 * one {@code this-system} component; its state is {@code under-development} for a draft, else {@code operational}.
 * Last-modified is the approval day, else the statement's day.
 *
 * <p><b>Gap assessment.</b> Assessment results with one result: every leaf clause (ids as the catalogue scheme
 * gives them, {@code iso27001-2022-6.1.2}) and control as reviewed controls; an observation and a finding per item
 * with an assessed conformity (finding target {@code objective-id} naming the item, {@code satisfied} when
 * conformant, else {@code not-satisfied}; conformity, maturity and weight as isms properties; notes as the
 * observation's description, evidence as relevant evidence); one risk per {@link OscalRisk} with OSCAL's
 * {@code likelihood} and {@code impact} facets, linked both ways to the findings and observations of its controls.
 * The assessment plan OSCAL requires is a back-matter resource saying there is none. Start and last-modified are the
 * assessment's day. Neither record document is read back: the records hold more than these models carry.
 *
 * <p><b>Errors.</b> Every reader throws {@link FormatException} listing every problem with its JSON pointer
 * (not JSON, wrong root, missing or mistyped required fields, unknown fields, duplicate ids, unknown isms properties,
 * dangling profile references), at most 100 of them; nothing is half-built. Limits as in {@link OscalOptions}. A
 * file or stream that cannot be read or written is an {@link UncheckedIOException}.
 *
 * @since 0.2
 */
public final class Oscal {
    /** The namespace of the isms properties in exported documents. */
    public static final String NAMESPACE = "https://isms.dev/ns/oscal";
    /** The OSCAL version of catalogs and profiles written. */
    public static final String OSCAL_VERSION = "1.1.3";
    /** The OSCAL version of mapping collections written (the model is new in OSCAL 1.2.0). */
    public static final String MAPPING_OSCAL_VERSION = "1.2.1";

    private static final String TEXT = "<OSCAL text>";

    private Oscal() {
    }

    // ---- catalogs ----

    /**
     * Writes a catalogue as an OSCAL catalog file.
     *
     * @param catalog the catalogue, not null
     * @param file the file, created or replaced
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalArgumentException if a text has leading or trailing white space (OSCAL strings cannot)
     */
    public static void writeCatalog(Catalog catalog, Path file) {
        writeCatalog(catalog, file, OscalOptions.defaults());
    }

    /**
     * Writes a catalogue as an OSCAL catalog file.
     *
     * @param catalog the catalogue, not null
     * @param file the file, created or replaced
     * @param options mapping sets to carry, last-modified time; not null
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalArgumentException if a mapping set names neither this catalogue as source nor as target, or a
     *         text has leading or trailing white space
     */
    public static void writeCatalog(Catalog catalog, Path file, OscalOptions options) {
        write(catalogBytes(catalog, options), file);
    }

    /**
     * Writes a catalogue as an OSCAL catalog.
     *
     * @param catalog the catalogue, not null
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @param options mapping sets to carry, last-modified time; not null
     * @throws UncheckedIOException if the stream cannot be written
     * @throws IllegalArgumentException as {@link #writeCatalog(Catalog, Path, OscalOptions)}
     */
    public static void writeCatalog(Catalog catalog, OutputStream out, OscalOptions options) {
        write(catalogBytes(catalog, options), out);
    }

    /**
     * Converts a catalogue to OSCAL catalog JSON.
     *
     * @param catalog the catalogue, not null
     * @param options mapping sets to carry, last-modified time; not null
     * @return the JSON text
     * @throws IllegalArgumentException as {@link #writeCatalog(Catalog, Path, OscalOptions)}
     */
    public static String toJson(Catalog catalog, OscalOptions options) {
        return new String(catalogBytes(catalog, options), StandardCharsets.UTF_8);
    }

    private static byte[] catalogBytes(Catalog catalog, OscalOptions options) {
        Objects.requireNonNull(catalog, "catalog");
        return CatalogWriter.write(options.tree().factory(), catalog, options.mappings(),
                options.lastModifiedText());
    }

    /**
     * Reads an OSCAL catalog file.
     *
     * @param file the file
     * @return the catalogue
     * @throws FormatException listing every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Catalog readCatalog(Path file) {
        return readCatalog(file, OscalOptions.defaults());
    }

    /**
     * Reads an OSCAL catalog file.
     *
     * @param file the file
     * @param options the catalogue id to give, whether to keep withdrawn controls, limits; not null
     * @return the catalogue
     * @throws FormatException listing every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Catalog readCatalog(Path file, OscalOptions options) {
        return read(file, (in, name) -> readCatalog(in, name, options));
    }

    /**
     * Reads an OSCAL catalog.
     *
     * @param in the UTF-8 document; read fully, not closed
     * @param resourceName the document's name for messages
     * @param options the catalogue id to give, whether to keep withdrawn controls, limits; not null
     * @return the catalogue
     * @throws FormatException listing every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Catalog readCatalog(InputStream in, String resourceName, OscalOptions options) {
        Object tree = options.tree().read(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(resourceName, "resourceName"), CatalogReader.SKIPPED);
        return CatalogReader.read(tree, new Problems(resourceName),
                new ReadSettings(options.catalogId().orElse(null), options.keepWithdrawn(),
                        options.idsFromLabels()));
    }

    /**
     * Reads OSCAL catalog JSON text.
     *
     * @param json the document
     * @return the catalogue
     * @throws FormatException listing every problem
     */
    public static Catalog parseCatalog(String json) {
        return readCatalog(text(json), TEXT, OscalOptions.defaults());
    }

    // ---- profiles ----

    /**
     * Reads an OSCAL profile file.
     *
     * @param file the file
     * @return the profile
     * @throws FormatException listing every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static OscalProfile readProfile(Path file) {
        return read(file, Oscal::readProfile);
    }

    /**
     * Reads an OSCAL profile.
     *
     * @param in the UTF-8 document; read fully, not closed
     * @param resourceName the document's name for messages
     * @return the profile
     * @throws FormatException listing every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static OscalProfile readProfile(InputStream in, String resourceName) {
        Object tree = OscalOptions.defaults().tree().read(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(resourceName, "resourceName"));
        return ProfileCodec.read(tree, new Problems(resourceName));
    }

    /**
     * Reads OSCAL profile JSON text.
     *
     * @param json the document
     * @return the profile
     * @throws FormatException listing every problem
     */
    public static OscalProfile parseProfile(String json) {
        return readProfile(text(json), TEXT);
    }

    /**
     * Writes a profile as an OSCAL profile file ({@code merge: as-is}; last-modified 1970-01-01T00:00:00Z).
     *
     * @param profile the profile, not null
     * @param file the file, created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeProfile(OscalProfile profile, Path file) {
        write(profileBytes(profile, OscalOptions.defaults()), file);
    }

    /**
     * Writes a profile as an OSCAL profile.
     *
     * @param profile the profile, not null
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @param options the last-modified time; not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void writeProfile(OscalProfile profile, OutputStream out, OscalOptions options) {
        write(profileBytes(profile, options), out);
    }

    /**
     * Converts a profile to OSCAL profile JSON.
     *
     * @param profile the profile, not null
     * @return the JSON text
     */
    public static String toJson(OscalProfile profile) {
        return new String(profileBytes(profile, OscalOptions.defaults()), StandardCharsets.UTF_8);
    }

    private static byte[] profileBytes(OscalProfile profile, OscalOptions options) {
        return ProfileCodec.write(options.tree().factory(), Objects.requireNonNull(profile, "profile"),
                options.lastModifiedText());
    }

    /**
     * Applies a profile to a catalogue: every import's inclusions (all controls, or by id or pattern, with child
     * controls when asked) minus its exclusions, each import against this one catalogue. The result keeps the
     * catalogue's id (its controls are the catalogue's), edition, publisher and metadata (plus
     * {@code oscal.profile-version}), takes the profile's title, lists the selected controls in catalogue order and the
     * groups that hold them; a selected child whose parent is not selected becomes top-level.
     *
     * @param profile the profile, not null
     * @param catalog the catalogue its ids refer to (by the OSCAL ids the export would give), not null
     * @return the selected subset
     * @throws FormatException listing every id the catalogue does not have, with its pointer in the profile document
     *         ({@code /profile/imports/0/include-controls/0/with-ids/3})
     */
    public static Catalog resolveProfile(OscalProfile profile, Catalog catalog) {
        return ProfileResolver.resolve(Objects.requireNonNull(profile, "profile"),
                Objects.requireNonNull(catalog, "catalog"), "profile '" + profile.title() + "'");
    }

    // ---- management-system records ----

    /**
     * Writes the profile of a Statement of Applicability: the selection of its applicable controls from the
     * catalogue's OSCAL export ({@link OscalProfile#from(StatementOfApplicability, Catalog, String)}).
     *
     * @param soa the statement, not null
     * @param catalog the catalogue it lists, not null
     * @param catalogHref where the catalogue's OSCAL export is, such as {@code "iso27002.json"}, not blank
     * @param file the file, created or replaced
     * @throws IllegalArgumentException as {@link OscalProfile#from(StatementOfApplicability, Catalog, String)}
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeProfile(StatementOfApplicability soa, Catalog catalog, String catalogHref, Path file) {
        writeProfile(OscalProfile.from(soa, catalog, catalogHref), file);
    }

    /**
     * Writes a Statement of Applicability as an OSCAL 1.1.3 system security plan (SSP): the document OSCAL tools read
     * a control's implementation status from. See the class documentation for the mapping.
     *
     * @param soa the statement, not null
     * @param catalog the catalogue it lists, not null
     * @param profileHref where the statement's profile is, such as {@code "soa-profile.json"}, not blank
     * @param file the file, created or replaced
     * @throws IllegalArgumentException if the statement is of another catalogue or lists a control it does not have,
     *         or a one-line text (version, owner, risk, requirement) has leading or trailing white space
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeSsp(StatementOfApplicability soa, Catalog catalog, String profileHref, Path file) {
        write(sspBytes(soa, catalog, profileHref), file);
    }

    /**
     * Writes a Statement of Applicability as an OSCAL 1.1.3 system security plan.
     *
     * @param soa the statement, not null
     * @param catalog the catalogue it lists, not null
     * @param profileHref where the statement's profile is, not blank
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @throws IllegalArgumentException as {@link #writeSsp(StatementOfApplicability, Catalog, String, Path)}
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void writeSsp(StatementOfApplicability soa, Catalog catalog, String profileHref,
            OutputStream out) {
        write(sspBytes(soa, catalog, profileHref), out);
    }

    /**
     * Converts a Statement of Applicability to OSCAL system-security-plan JSON.
     *
     * @param soa the statement, not null
     * @param catalog the catalogue it lists, not null
     * @param profileHref where the statement's profile is, not blank
     * @return the JSON text
     * @throws IllegalArgumentException as {@link #writeSsp(StatementOfApplicability, Catalog, String, Path)}
     */
    public static String toSspJson(StatementOfApplicability soa, Catalog catalog, String profileHref) {
        return new String(sspBytes(soa, catalog, profileHref), StandardCharsets.UTF_8);
    }

    private static byte[] sspBytes(StatementOfApplicability soa, Catalog catalog, String profileHref) {
        return RecordExports.ssp(OscalOptions.defaults().tree().factory(), soa, catalog, profileHref);
    }

    /**
     * Writes a gap assessment as OSCAL 1.1.3 assessment results, without risks.
     *
     * @param assessment the gap assessment, not null
     * @param file the file, created or replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeAssessmentResults(GapAssessment assessment, Path file) {
        writeAssessmentResults(assessment, List.of(), file);
    }

    /**
     * Writes a gap assessment and the risks it bears on as OSCAL 1.1.3 assessment results. See the class
     * documentation for the mapping.
     *
     * @param assessment the gap assessment, not null
     * @param risks the risks, each id once, naming controls of the assessment's catalogue; not null
     * @param file the file, created or replaced
     * @throws IllegalArgumentException if a risk id repeats, a risk names a control the catalogue does not have, or a
     *         one-line value has leading or trailing white space
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeAssessmentResults(GapAssessment assessment, Collection<OscalRisk> risks, Path file) {
        write(assessmentBytes(assessment, risks), file);
    }

    /**
     * Writes a gap assessment and the risks it bears on as OSCAL 1.1.3 assessment results.
     *
     * @param assessment the gap assessment, not null
     * @param risks the risks, each id once, naming controls of the assessment's catalogue; not null
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @throws IllegalArgumentException as {@link #writeAssessmentResults(GapAssessment, Collection, Path)}
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void writeAssessmentResults(GapAssessment assessment, Collection<OscalRisk> risks,
            OutputStream out) {
        write(assessmentBytes(assessment, risks), out);
    }

    /**
     * Converts a gap assessment and the risks it bears on to OSCAL assessment-results JSON.
     *
     * @param assessment the gap assessment, not null
     * @param risks the risks, each id once, naming controls of the assessment's catalogue; not null
     * @return the JSON text
     * @throws IllegalArgumentException as {@link #writeAssessmentResults(GapAssessment, Collection, Path)}
     */
    public static String toAssessmentResultsJson(GapAssessment assessment, Collection<OscalRisk> risks) {
        return new String(assessmentBytes(assessment, risks), StandardCharsets.UTF_8);
    }

    private static byte[] assessmentBytes(GapAssessment assessment, Collection<OscalRisk> risks) {
        return RecordExports.assessmentResults(OscalOptions.defaults().tree().factory(), assessment, risks);
    }

    // ---- mapping collections ----

    /**
     * Writes a mapping set as an OSCAL 1.2 mapping-collection file.
     *
     * @param set the mapping set, with at least one mapping; not null
     * @param file the file, created or replaced
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalArgumentException if the set is empty
     */
    public static void writeMappingCollection(MappingSet set, Path file) {
        write(mappingBytes(set, OscalOptions.defaults()), file);
    }

    /**
     * Writes a mapping set as an OSCAL 1.2 mapping collection.
     *
     * @param set the mapping set, with at least one mapping; not null
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @param options the last-modified time; not null
     * @throws UncheckedIOException if the stream cannot be written
     * @throws IllegalArgumentException if the set is empty
     */
    public static void writeMappingCollection(MappingSet set, OutputStream out, OscalOptions options) {
        write(mappingBytes(set, options), out);
    }

    /**
     * Converts a mapping set to OSCAL 1.2 mapping-collection JSON.
     *
     * @param set the mapping set, with at least one mapping; not null
     * @return the JSON text
     * @throws IllegalArgumentException if the set is empty
     */
    public static String toJson(MappingSet set) {
        return new String(mappingBytes(set, OscalOptions.defaults()), StandardCharsets.UTF_8);
    }

    private static byte[] mappingBytes(MappingSet set, OscalOptions options) {
        return MappingWriter.write(options.tree().factory(), Objects.requireNonNull(set, "set"),
                options.lastModifiedText());
    }

    /**
     * Reads an OSCAL mapping-collection file.
     *
     * @param file the file
     * @return the mapping set
     * @throws FormatException listing every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static MappingSet readMappingCollection(Path file) {
        return read(file, Oscal::readMappingCollection);
    }

    /**
     * Reads an OSCAL mapping collection.
     *
     * @param in the UTF-8 document; read fully, not closed
     * @param resourceName the document's name for messages
     * @return the mapping set
     * @throws FormatException listing every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static MappingSet readMappingCollection(InputStream in, String resourceName) {
        Object tree = OscalOptions.defaults().tree().read(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(resourceName, "resourceName"));
        return MappingReader.read(tree, new Problems(resourceName));
    }

    /**
     * Reads OSCAL mapping-collection JSON text.
     *
     * @param json the document
     * @return the mapping set
     * @throws FormatException listing every problem
     */
    public static MappingSet parseMappingCollection(String json) {
        return readMappingCollection(text(json), TEXT);
    }

    // ---- plumbing ----

    private static InputStream text(String json) {
        return new ByteArrayInputStream(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T read(Path file, BiFunction<InputStream, String, T> reader) {
        String name = Objects.requireNonNull(file, "file").toString();
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static void write(byte[] bytes, Path file) {
        try {
            Files.write(Objects.requireNonNull(file, "file"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(byte[] bytes, OutputStream out) {
        try {
            Objects.requireNonNull(out, "out").write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write OSCAL: " + e.getMessage(), e);
        }
    }
}
