// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered, immutable catalogue of controls, such as ISO/IEC 27002:2022 or ISO/IEC 27001:2013 Annex A.
 *
 * <p>A catalogue has an id ({@code "iso27002:2022"}), a title, an edition, a publisher, free-form metadata
 * (source and content hash of built-in data, for instance), groups (themes, domains, objectives) and controls.
 * Look-ups by id are hash look-ups; {@link #query()} filters by theme and attributes with bit masks.
 *
 * <p>Controls may refine other controls ({@link Control#parent()}, such as NIST SP 800-53 enhancements): every
 * control, child or not, is in {@link #controls()}, counted by {@link #statistics()} and found by {@link #query()};
 * {@link #children(ControlId)} lists the controls that refine one. A parent precedes its children.
 *
 * <pre>{@code
 * List<Control> c = catalog.query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE)
 *         .all(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY).list();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: share one between threads without locks.
 *
 * @since 0.1
 */
public final class Catalog {
    private final String id;
    private final String title;
    private final String edition;
    private final String publisher;
    private final Map<String, String> metadata;
    private final List<ControlGroup> groups;
    private final List<Control> controls;

    private final Map<String, Integer> index;
    private final Map<String, ControlGroup> groupIndex;
    private final Map<ControlId, List<Control>> childIndex;
    final long[] bits;
    final byte[] themes;
    final String[] lowerTitles;
    private final CatalogStatistics statistics;

    private Catalog(Builder b) {
        this.id = checkId(b.id);
        this.title = Checks.notBlank(b.title, "catalog title");
        this.edition = Checks.notBlank(b.edition, "catalog edition");
        this.publisher = Checks.notBlank(b.publisher, "catalog publisher");
        this.metadata = Checks.metadata(b.metadata);
        this.groups = List.copyOf(b.groups);
        this.controls = List.copyOf(b.controls);
        this.groupIndex = indexGroups(id, groups);
        this.index = new HashMap<>(controls.size() * 2);
        this.bits = new long[controls.size()];
        this.themes = new byte[controls.size()];
        this.lowerTitles = new String[controls.size()];
        Map<ControlId, List<Control>> children = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            Control c = controls.get(i);
            Integer previous = index.put(c.id().toString(), i);
            if (previous != null) {
                problems.add("duplicate control id '" + c.id() + "' at positions " + previous + " and " + i);
            }
            if (c.parent().isPresent()) {
                if (previous == null && index.containsKey(c.parent().get().toString())) {
                    addChild(children, c);
                } else if (previous == null) {
                    problems.add("control " + Checks.quote(c.id().toString()) + " names parent "
                            + Checks.quote(c.parent().get().toString()) + ", which is not a control listed before it");
                }
            }
            if (c.group().isPresent() && !groupIndex.containsKey(c.group().get())) {
                problems.add("control '" + c.id() + "' names unknown group " + Checks.quote(c.group().get()));
            }
            bits[i] = c.attributes().bits();
            themes[i] = (byte) (c.theme().isPresent() ? c.theme().get().ordinal() : -1);
            lowerTitles[i] = c.title().toLowerCase(Locale.ROOT);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("catalog '" + id + "' is invalid: " + Checks.join(problems));
        }
        for (Map.Entry<ControlId, List<Control>> e : children.entrySet()) {
            e.setValue(Collections.unmodifiableList(e.getValue()));
        }
        this.childIndex = Collections.unmodifiableMap(children);
        this.statistics = new CatalogStatistics(bits.clone(), themes.clone());
    }

    /** Adds a child to its parent's list; no lambda, since built-in catalogues are built on the start-up path. */
    private static void addChild(Map<ControlId, List<Control>> children, Control child) {
        List<Control> list = children.get(child.parent().get());
        if (list == null) {
            list = new ArrayList<>();
            children.put(child.parent().get(), list);
        }
        list.add(child);
    }

    private static Map<String, ControlGroup> indexGroups(String catalogId, List<ControlGroup> groups) {
        Map<String, ControlGroup> byId = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (ControlGroup g : groups) {
            if (g.parent().isPresent() && !byId.containsKey(g.parent().get())) {
                problems.add("group " + Checks.quote(g.id()) + " names parent " + Checks.quote(g.parent().get())
                        + ", which is not a group listed before it");
            }
            if (byId.put(g.id(), g) != null) {
                problems.add("duplicate group id " + Checks.quote(g.id()));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("catalog '" + catalogId + "' is invalid: " + Checks.join(problems));
        }
        return Collections.unmodifiableMap(byId);
    }

    private static String checkId(String id) {
        Objects.requireNonNull(id, "catalog id");
        if (id.isEmpty() || id.length() > 100) {
            throw new IllegalArgumentException("catalog id must be 1..100 characters but was " + Checks.quote(id));
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '.' || c == ':' || c == '-' || c == '_'));
            if (!ok) {
                throw new IllegalArgumentException("catalog id must be letters, digits and '.', ':', '-', '_'"
                        + " (not first) but was " + Checks.quote(id));
            }
        }
        return id;
    }


    /**
     * Starts a catalogue.
     *
     * @param id the catalogue id: letters, digits and {@code . : - _}, such as {@code "iso27002:2022"}
     * @param title the title, not blank
     * @return a builder; edition and publisher default to {@code "unspecified"}
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * {@return a builder holding this catalogue's content, to derive a changed copy}
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title).edition(edition).publisher(publisher);
        b.metadata.putAll(metadata);
        b.groups.addAll(groups);
        b.controls.addAll(controls);
        return b;
    }

    /** {@return the catalogue id, such as {@code "iso27002:2022"}} */
    public String id() {
        return id;
    }

    /** {@return the title} */
    public String title() {
        return title;
    }

    /** {@return the edition, such as {@code "2022"}} */
    public String edition() {
        return edition;
    }

    /** {@return the publisher, such as {@code "ISO/IEC"}} */
    public String publisher() {
        return publisher;
    }

    /** {@return free-form metadata in insertion order (for built-ins: source, version, content hash)} */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** {@return the groups, parents before children} */
    public List<ControlGroup> groups() {
        return groups;
    }

    /** {@return the controls in catalogue order} */
    public List<Control> controls() {
        return controls;
    }

    /** {@return the number of controls} */
    public int size() {
        return controls.size();
    }

    /**
     * Finds a control by id.
     *
     * @param controlId the id, such as {@code "5.1"}, not null
     * @return the control, or empty if this catalogue has no such id (including malformed ids)
     */
    public Optional<Control> find(String controlId) {
        Integer i = index.get(Objects.requireNonNull(controlId, "controlId"));
        return i == null ? Optional.empty() : Optional.of(controls.get(i));
    }

    /**
     * Finds a control by id.
     *
     * @param controlId the id, not null
     * @return the control, or empty
     */
    public Optional<Control> find(ControlId controlId) {
        return find(controlId.toString());
    }

    /**
     * Returns a control that must exist.
     *
     * @param controlId the id, such as {@code "5.1"}, not null
     * @return the control
     * @throws UnknownIdException if this catalogue has no such id; it names the id and the catalogue
     */
    public Control require(String controlId) {
        Integer i = index.get(Objects.requireNonNull(controlId, "controlId"));
        if (i == null) {
            throw UnknownIdException.control(controlId, id);
        }
        return controls.get(i);
    }

    /**
     * Returns a control that must exist.
     *
     * @param controlId the id, not null
     * @return the control
     * @throws UnknownIdException if this catalogue has no such id
     */
    public Control require(ControlId controlId) {
        return require(controlId.toString());
    }

    /**
     * Tells whether a control exists.
     *
     * @param controlId the id, not null
     * @return true if this catalogue has the id
     */
    public boolean contains(String controlId) {
        return index.containsKey(Objects.requireNonNull(controlId, "controlId"));
    }

    /**
     * Tells whether a control exists.
     *
     * @param controlId the id, not null
     * @return true if this catalogue has the id
     */
    public boolean contains(ControlId controlId) {
        return contains(controlId.toString());
    }

    /**
     * Lists the controls that refine a control (its children, such as the enhancements of a NIST SP 800-53 control).
     *
     * @param controlId the parent's id, not null
     * @return the direct children in catalogue order; empty if the control has none or is not in this catalogue
     */
    public List<Control> children(ControlId controlId) {
        return childIndex.getOrDefault(Objects.requireNonNull(controlId, "controlId"), List.of());
    }

    /**
     * Finds a group by id.
     *
     * @param groupId the group id, such as {@code "A.5.1"}, not null
     * @return the group, or empty
     */
    public Optional<ControlGroup> group(String groupId) {
        return Optional.ofNullable(groupIndex.get(Objects.requireNonNull(groupId, "groupId")));
    }

    /**
     * {@return a new query over all controls} Queries are immutable; each refinement returns a new query.
     */
    public ControlQuery query() {
        return new ControlQuery(this);
    }

    /**
     * {@return counts of controls per theme and attribute value, and cross-tabulations} Computed once, when the
     * catalogue is built.
     */
    public CatalogStatistics statistics() {
        return statistics;
    }

    /**
     * Returns a copy where some controls carry licensed text. All ids are checked before anything is applied.
     *
     * @param texts control id to text, not null; texts must not be blank
     * @return the new catalogue; this one is unchanged
     * @throws UnknownIdException if an id is not in this catalogue
     */
    public Catalog withTexts(Map<String, String> texts) {
        for (String controlId : texts.keySet()) {
            require(controlId);
        }
        Builder b = toBuilder();
        b.controls.clear();
        for (Control c : controls) {
            String t = texts.get(c.id().toString());
            b.controls.add(t == null ? c : c.withText(t));
        }
        return b.build();
    }

    /** {@return true if the group is {@code ancestor} or lies inside it} */
    boolean isWithin(String groupId, String ancestor) {
        String g = groupId;
        while (g != null) {
            if (g.equals(ancestor)) {
                return true;
            }
            ControlGroup group = groupIndex.get(g);
            g = group == null || group.parent().isEmpty() ? null : group.parent().get();
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Catalog)) {
            return false;
        }
        Catalog c = (Catalog) o;
        return id.equals(c.id) && title.equals(c.title) && edition.equals(c.edition)
                && publisher.equals(c.publisher) && metadata.equals(c.metadata) && groups.equals(c.groups)
                && controls.equals(c.controls);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, edition, publisher, metadata, groups, controls);
    }

    /** {@return the id, edition and size, such as {@code "Catalog[iso27002:2022, 2022, 93 controls]"}} */
    @Override
    public String toString() {
        return "Catalog[" + id + ", " + edition + ", " + controls.size() + " controls]";
    }

    /**
     * Collects the parts of a {@link Catalog}; {@link #build()} validates them all at once.
     * A builder is not thread-safe; the catalogue it builds is.
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private String edition = "unspecified";
        private String publisher = "unspecified";
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<ControlGroup> groups = new ArrayList<>();
        private final List<Control> controls = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the edition.
         *
         * @param value such as {@code "2022"}, not blank
         * @return this builder
         */
        public Builder edition(String value) {
            this.edition = value;
            return this;
        }

        /**
         * Sets the publisher.
         *
         * @param value such as {@code "ISO/IEC"}, not blank
         * @return this builder
         */
        public Builder publisher(String value) {
            this.publisher = value;
            return this;
        }

        /**
         * Adds or replaces a metadata entry.
         *
         * @param key the key, not blank
         * @param value the value, not null
         * @return this builder
         */
        public Builder metadata(String key, String value) {
            Checks.notBlank(key, "metadata key");
            metadata.put(key, Objects.requireNonNull(value, "metadata value"));
            return this;
        }

        /**
         * Adds metadata entries, in the map's iteration order.
         *
         * @param entries the entries, not null; keys not blank, values not null
         * @return this builder
         */
        public Builder metadata(Map<String, String> entries) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                metadata(e.getKey(), e.getValue());
            }
            return this;
        }

        /**
         * Adds groups in order; parents must be added before their children.
         *
         * @param all the groups, not null
         * @return this builder
         */
        public Builder groups(Collection<ControlGroup> all) {
            for (ControlGroup g : all) {
                group(g);
            }
            return this;
        }

        /**
         * Adds a group; parents must be added before their children.
         *
         * @param group the group, not null
         * @return this builder
         */
        public Builder group(ControlGroup group) {
            groups.add(Objects.requireNonNull(group, "group"));
            return this;
        }

        /**
         * Adds a control at the end.
         *
         * @param control the control, not null
         * @return this builder
         */
        public Builder control(Control control) {
            controls.add(Objects.requireNonNull(control, "control"));
            return this;
        }

        /**
         * Adds controls at the end.
         *
         * @param all the controls, not null
         * @return this builder
         */
        public Builder controls(Collection<Control> all) {
            for (Control c : all) {
                control(c);
            }
            return this;
        }

        /**
         * Builds the catalogue.
         *
         * @return the catalogue
         * @throws IllegalArgumentException listing every problem: duplicate control or group ids, controls in
         *         unknown groups, groups whose parent is unknown, controls whose parent is not a control listed
         *         before them, a malformed id or a blank title
         */
        public Catalog build() {
            return new Catalog(this);
        }
    }
}
