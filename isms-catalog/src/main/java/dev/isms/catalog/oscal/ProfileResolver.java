// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import dev.isms.catalog.internal.codec.Pointers;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.catalog.internal.oscal.OscalIds;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

// Applies a profile's selections to a catalogue: the union of every import's inclusions minus its exclusions, kept in
// catalogue order with the groups that hold them. Unknown ids are reported with the pointer of the id in the profile.
final class ProfileResolver {
    private final Catalog catalog;
    private final Map<String, Control> byOscalId = new HashMap<>();
    private final Problems problems;

    private ProfileResolver(Catalog catalog, Problems problems) {
        this.catalog = catalog;
        this.problems = problems;
        OscalIds ids = OscalIds.assign(catalog);
        for (Control c : catalog.controls()) {
            byOscalId.put(ids.control(c.id()), c);
        }
    }

    static Catalog resolve(OscalProfile profile, Catalog catalog, String resource) {
        ProfileResolver r = new ProfileResolver(catalog, new Problems(resource));
        Set<ControlId> selected = new HashSet<>();
        for (int i = 0; i < profile.imports().size(); i++) {
            OscalProfile.Import imp = profile.imports().get(i);
            String at = Pointers.index("/profile/imports", i);
            Set<ControlId> chosen = new LinkedHashSet<>();
            if (imp.includeAll()) {
                catalog.controls().forEach(c -> chosen.add(c.id()));
            }
            chosen.addAll(r.select(imp.include(), Pointers.field(at, "include-controls")));
            chosen.removeAll(r.select(imp.exclude(), Pointers.field(at, "exclude-controls")));
            selected.addAll(chosen);
        }
        r.problems.throwIfAny();
        return r.subset(profile, selected);
    }

    private Set<ControlId> select(List<OscalProfile.Selection> selections, String at) {
        Set<ControlId> out = new HashSet<>();
        for (int j = 0; j < selections.size(); j++) {
            OscalProfile.Selection s = selections.get(j);
            String base = Pointers.index(at, j);
            for (int k = 0; k < s.withIds().size(); k++) {
                Control c = byOscalId.get(s.withIds().get(k));
                if (c == null) {
                    problems.add(Pointers.index(Pointers.field(base, "with-ids"), k), "names control "
                            + Checks.quote(s.withIds().get(k)) + ", which catalogue " + Checks.quote(catalog.id())
                            + " does not have");
                } else {
                    add(c, s.withChildControls(), out);
                }
            }
            for (String pattern : s.patterns()) {
                Pattern glob = glob(pattern);
                byOscalId.forEach((id, c) -> {
                    if (glob.matcher(id).matches()) {
                        add(c, s.withChildControls(), out);
                    }
                });
            }
        }
        return out;
    }

    private void add(Control c, boolean children, Set<ControlId> out) {
        out.add(c.id());
        if (children) {
            for (Control child : catalog.children(c.id())) {
                add(child, true, out);
            }
        }
    }

    private static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (String part : pattern.split("(?=[*?])|(?<=[*?])")) {
            re.append("*".equals(part) ? ".*" : "?".equals(part) ? "." : Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }

    private Catalog subset(OscalProfile profile, Set<ControlId> selected) {
        Catalog.Builder b = Catalog.builder(catalog.id(), profile.title()).edition(catalog.edition())
                .publisher(catalog.publisher());
        catalog.metadata().forEach(b::metadata);
        b.metadata("oscal.profile-version", profile.version());
        Set<String> used = new HashSet<>();
        for (Control c : catalog.controls()) {
            if (selected.contains(c.id())) {
                boolean parentKept = c.parent().isPresent() && selected.contains(c.parent().get());
                b.control(parentKept || c.parent().isEmpty() ? c : c.withoutParent());
                c.group().ifPresent(g -> markWithAncestors(g, used));
            }
        }
        for (ControlGroup g : catalog.groups()) {
            if (used.contains(g.id())) {
                b.group(g);
            }
        }
        return b.build();
    }

    private void markWithAncestors(String groupId, Set<String> used) {
        String g = groupId;
        while (g != null && used.add(g)) {
            g = catalog.group(g).flatMap(ControlGroup::parent).orElse(null);
        }
    }
}
