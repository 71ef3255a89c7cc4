// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.requirement;

import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import dev.isms.core.UnknownIdException;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The clauses of a requirements standard as an ordered tree, such as ISO/IEC 27001:2022 clauses 4..10.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RequirementSet {
    private final String id;
    private final String title;
    private final String edition;
    private final Map<String, String> metadata;
    private final List<Requirement> requirements;
    private final Map<ControlId, Requirement> index = new HashMap<>();
    private final Map<ControlId, List<Requirement>> children = new HashMap<>();

    private RequirementSet(String id, String title, String edition, Map<String, String> metadata,
            Collection<Requirement> requirements) {
        this.id = Checks.notBlank(id, "requirement set id");
        this.title = Checks.notBlank(title, "requirement set title");
        this.edition = Checks.notBlank(edition, "requirement set edition");
        this.metadata = Checks.metadata(metadata);
        this.requirements = List.copyOf(requirements);
        List<String> problems = new ArrayList<>();
        for (Requirement r : this.requirements) {
            if (r.parent().isPresent() && !index.containsKey(r.parent().get())) {
                problems.add("clause " + r.id() + " names parent " + r.parent().get()
                        + ", which is not a clause listed before it");
            }
            if (index.put(r.id(), r) != null) {
                problems.add("duplicate clause id " + r.id());
            }
            if (r.parent().isPresent()) {
                children.computeIfAbsent(r.parent().get(), k -> new ArrayList<>()).add(r);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("requirement set " + Checks.quote(id) + " is invalid: "
                    + Checks.join(problems));
        }
        children.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }


    /**
     * Creates a requirement set.
     *
     * @param id the set id, such as {@code "iso27001:2022"}, not blank
     * @param title the title, not blank
     * @param edition the edition, such as {@code "2022"}, not blank
     * @param requirements the clauses, parents before children, not null
     * @return the set
     * @throws IllegalArgumentException listing duplicate ids and clauses whose parent is not listed before them
     */
    public static RequirementSet of(String id, String title, String edition, Collection<Requirement> requirements) {
        return new RequirementSet(id, title, edition, Map.of(), requirements);
    }

    /**
     * Creates a requirement set with metadata.
     *
     * @param id the set id, such as {@code "iso27001:2022"}, not blank
     * @param title the title, not blank
     * @param edition the edition, such as {@code "2022"}, not blank
     * @param metadata free-form entries (source, version, content hash), kept in iteration order; keys not blank
     * @param requirements the clauses, parents before children, not null
     * @return the set
     * @throws IllegalArgumentException listing duplicate ids and clauses whose parent is not listed before them
     */
    public static RequirementSet of(String id, String title, String edition, Map<String, String> metadata,
            Collection<Requirement> requirements) {
        return new RequirementSet(id, title, edition, metadata, requirements);
    }


    /** {@return free-form metadata in insertion order (source, version, content hash); empty if none} */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** {@return the set id, such as {@code "iso27001:2022"}} */
    public String id() {
        return id;
    }

    /** {@return the title} */
    public String title() {
        return title;
    }

    /** {@return the edition} */
    public String edition() {
        return edition;
    }

    /** {@return every clause in document order} */
    public List<Requirement> requirements() {
        return requirements;
    }

    /**
     * Finds a clause.
     *
     * @param clauseId such as {@code "6.1.2"}, not null
     * @return the clause, or empty if unknown or malformed
     */
    public Optional<Requirement> find(String clauseId) {
        Objects.requireNonNull(clauseId, "clauseId");
        try {
            return Optional.ofNullable(index.get(ControlId.parse(clauseId)));
        } catch (TextParseException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Finds a clause.
     *
     * @param clauseId the clause number, not null
     * @return the clause, or empty if unknown
     */
    public Optional<Requirement> find(ControlId clauseId) {
        return Optional.ofNullable(index.get(Objects.requireNonNull(clauseId, "clauseId")));
    }

    /**
     * Returns a clause that must exist.
     *
     * @param clauseId such as {@code "6.1.2"}, not null
     * @return the clause
     * @throws UnknownIdException naming the id and this set if there is no such clause
     */
    public Requirement require(String clauseId) {
        Optional<Requirement> r = find(clauseId);
        if (r.isEmpty()) {
            throw unknown(clauseId);
        }
        return r.get();
    }

    /**
     * Returns a clause that must exist.
     *
     * @param clauseId the clause number, not null
     * @return the clause
     * @throws UnknownIdException naming the id and this set if there is no such clause
     */
    public Requirement require(ControlId clauseId) {
        Requirement r = index.get(Objects.requireNonNull(clauseId, "clauseId"));
        if (r == null) {
            throw unknown(clauseId.toString());
        }
        return r;
    }

    private UnknownIdException unknown(String clauseId) {
        return new UnknownIdException("clause", clauseId, "requirement set " + Checks.quote(id));
    }

    /** {@return the top-level clauses, in order} */
    public List<Requirement> roots() {
        List<Requirement> out = new ArrayList<>();
        for (Requirement r : requirements) {
            if (r.parent().isEmpty()) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the direct sub-clauses of a clause.
     *
     * @param clauseId such as {@code "9.2"}, not null
     * @return the sub-clauses in order, empty for a leaf
     * @throws UnknownIdException if there is no such clause
     */
    public List<Requirement> children(String clauseId) {
        return children.getOrDefault(require(clauseId).id(), List.of());
    }

    /**
     * Returns the direct sub-clauses of a clause.
     *
     * @param clauseId the clause number, not null
     * @return the sub-clauses in order, empty for a leaf
     * @throws UnknownIdException if there is no such clause
     */
    public List<Requirement> children(ControlId clauseId) {
        return children.getOrDefault(require(clauseId).id(), List.of());
    }

    /** {@return the clauses that require documented information, in order} */
    public List<Requirement> documentedInformation() {
        List<Requirement> out = new ArrayList<>();
        for (Requirement r : requirements) {
            if (r.documentedInformation()) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return the clauses an amendment changed, in order} */
    public List<Requirement> amended() {
        List<Requirement> out = new ArrayList<>();
        for (Requirement r : requirements) {
            if (r.isAmended()) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequirementSet && ((RequirementSet) o).id.equals(id)
                && ((RequirementSet) o).title.equals(title) && ((RequirementSet) o).edition.equals(edition)
                && ((RequirementSet) o).metadata.equals(metadata)
                && ((RequirementSet) o).requirements.equals(requirements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, edition, metadata, requirements);
    }

    /** {@return the id and size} */
    @Override
    public String toString() {
        return "RequirementSet[" + id + ", " + requirements.size() + " clauses]";
    }
}
