// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import dev.isms.catalog.internal.oscal.Cursor;
import dev.isms.catalog.internal.oscal.OscalIds;
import dev.isms.core.Catalog;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An OSCAL profile reduced to what selects controls: a title, a version and imports, each including all controls or
 * those with given ids (optionally with their child controls, optionally by glob patterns) and excluding others.
 * {@link Oscal#resolveProfile(OscalProfile, dev.isms.core.Catalog)} applies it to a catalogue.
 *
 * <pre>{@code
 * OscalProfile p = OscalProfile.of("My baseline", "1.0", List.of(OscalProfile.Import.of("nist.json",
 *         List.of(OscalProfile.Selection.of("ac-1", "ac-2").includingChildControls()), List.of())));
 * }</pre>
 *
 * <p>Tailoring ({@code modify}: parameter settings and alterations) and merge directives are read but not kept:
 * the resolved catalogue keeps the source's grouping (OSCAL's {@code as-is}). Instances are immutable and
 * thread-safe.
 *
 * @param title the profile's title, not blank
 * @param version the profile's version, not blank
 * @param imports the imports, at least one
 * @since 0.2
 */
public record OscalProfile(String title, String version, List<Import> imports) {
    /**
     * Validates the components.
     *
     * @param title the profile's title, not blank
     * @param version the profile's version, not blank
     * @param imports the imports, at least one
     * @throws IllegalArgumentException if a text is blank or there is no import
     */
    public OscalProfile {
        Checks.notBlank(title, "profile title");
        Checks.notBlank(version, "profile version");
        imports = List.copyOf(imports);
        if (imports.isEmpty()) {
            throw new IllegalArgumentException("profile imports must not be empty");
        }
    }

    /**
     * Creates a profile.
     *
     * @param title the title, not blank
     * @param version the version, not blank
     * @param imports the imports, at least one
     * @return the profile
     */
    public static OscalProfile of(String title, String version, Collection<Import> imports) {
        return new OscalProfile(title, version, List.copyOf(imports));
    }

    /**
     * Turns a Statement of Applicability into the profile that selects its applicable controls from the catalogue's
     * OSCAL export (by the OSCAL ids {@link Oscal#writeCatalog(Catalog, java.nio.file.Path)} gives them, in catalogue
     * order): title {@code "Statement of Applicability <version>: <catalogue title>"}, version the statement's.
     * Excluded and undecided controls are not selected; their reasons travel in the system security plan
     * ({@link Oscal#writeSsp(StatementOfApplicability, Catalog, String, java.nio.file.Path)}).
     *
     * @param soa the statement, not null
     * @param catalog the catalogue it lists, not null
     * @param catalogHref where the catalogue's OSCAL export is, such as {@code "iso27002.json"}, not blank
     * @return the profile; {@link Oscal#resolveProfile(OscalProfile, Catalog)} gives the applicable controls back
     * @throws IllegalArgumentException if the statement is of another catalogue, lists a control the catalogue does
     *         not have, or has no applicable control (a profile selects at least one)
     */
    public static OscalProfile from(StatementOfApplicability soa, Catalog catalog, String catalogHref) {
        OscalIds ids = SoaChecks.ids(soa, catalog);
        List<String> selected = new ArrayList<>();
        for (SoaEntry e : soa.applicable()) {
            selected.add(ids.control(e.control()));
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("statement of applicability " + Checks.quote(soa.version())
                    + " must have at least one applicable control to be an OSCAL profile but has none");
        }
        return of("Statement of Applicability " + soa.version() + ": " + catalog.title(), soa.version(),
                List.of(Import.of(catalogHref, List.of(Selection.of(selected)), List.of())));
    }

    /**
     * One import of a profile: the catalogue it names and which of its controls it selects.
     *
     * @param href the reference to the imported catalogue (a URI reference, such as {@code #<uuid>} of a back-matter
     *        resource or a file name), not blank
     * @param includeAll true to include every control ({@code include-all}); then {@code include} is empty
     * @param include the selections of included controls
     * @param exclude the selections of excluded controls, applied after the inclusions
     * @since 0.2
     */
    public record Import(String href, boolean includeAll, List<Selection> include, List<Selection> exclude) {
        /**
         * Validates the components.
         *
         * @param href the reference to the imported catalogue, not blank
         * @param includeAll true to include every control
         * @param include the selections of included controls; empty when {@code includeAll}, else at least one
         * @param exclude the selections of excluded controls
         * @throws IllegalArgumentException if the href is blank, or both or neither of include-all and inclusions
         */
        public Import {
            Checks.notBlank(href, "import href");
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
            if (includeAll == !include.isEmpty()) {
                throw new IllegalArgumentException("import " + Checks.quote(href) + " must either include all"
                        + " controls or list inclusions, but " + (includeAll ? "does both" : "does neither"));
            }
        }

        /**
         * Creates an import of every control.
         *
         * @param href the catalogue reference, not blank
         * @param exclude the selections of excluded controls, not null
         * @return the import
         */
        public static Import all(String href, Collection<Selection> exclude) {
            return new Import(href, true, List.of(), List.copyOf(exclude));
        }

        /**
         * Creates an import of selected controls.
         *
         * @param href the catalogue reference, not blank
         * @param include the selections of included controls, at least one
         * @param exclude the selections of excluded controls, not null
         * @return the import
         */
        public static Import of(String href, Collection<Selection> include, Collection<Selection> exclude) {
            return new Import(href, false, List.copyOf(include), List.copyOf(exclude));
        }
    }

    /**
     * Controls chosen by OSCAL id ({@code with-ids}) or by glob pattern over OSCAL ids ({@code matching}, where
     * {@code *} stands for any run of characters and {@code ?} for one), optionally with all their child controls.
     *
     * @param withIds OSCAL control ids, such as {@code ac-2}
     * @param patterns glob patterns, such as {@code ac-*}
     * @param withChildControls true to take every child control of a chosen control too
     * @since 0.2
     */
    public record Selection(List<String> withIds, List<String> patterns, boolean withChildControls) {
        /**
         * Validates the components.
         *
         * @param withIds OSCAL control ids: tokens, such as {@code ac-2} or {@code iso27002-2022-5.1}
         * @param patterns glob patterns, not blank
         * @param withChildControls true to take every child control of a chosen control too
         * @throws IllegalArgumentException if an id is not an OSCAL token, a pattern is blank, or both lists are
         *         empty
         */
        public Selection {
            withIds = List.copyOf(withIds);
            patterns = List.copyOf(patterns);
            for (String id : withIds) {
                if (!Cursor.isToken(Checks.notBlank(id, "selection id"))) {
                    // the reader accepts OSCAL tokens only, so anything else would not read back
                    throw new IllegalArgumentException("selection id must be an OSCAL token (a letter or '_', then"
                            + " letters, digits, '.', '-', '_') but was " + Checks.quote(id));
                }
            }
            patterns.forEach(p -> Checks.notBlank(p, "selection pattern"));
            if (withIds.isEmpty() && patterns.isEmpty()) {
                throw new IllegalArgumentException("selection must name at least one id or pattern");
            }
        }

        /**
         * Selects controls by OSCAL id.
         *
         * @param ids the ids, at least one
         * @return the selection, without child controls
         */
        public static Selection of(String... ids) {
            return of(List.of(ids));
        }

        /**
         * Selects controls by OSCAL id.
         *
         * @param ids the ids, at least one
         * @return the selection, without child controls
         */
        public static Selection of(Collection<String> ids) {
            return new Selection(List.copyOf(ids), List.of(), false);
        }

        /**
         * Selects controls whose OSCAL id matches a glob pattern.
         *
         * @param pattern such as {@code ac-*}, not blank
         * @return the selection, without child controls
         */
        public static Selection matching(String pattern) {
            return new Selection(List.of(), List.of(Objects.requireNonNull(pattern, "pattern")), false);
        }

        /** {@return this selection with every child control of a chosen control taken too} */
        public Selection includingChildControls() {
            return withChildControls ? this : new Selection(withIds, patterns, true);
        }
    }
}
