// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Small valid documents cut from the built-ins, for the hostile-input properties to mutate. */
public final class Seeds {
    private Seeds() {
    }

    /** {@return the first two controls of each theme of ISO/IEC 27002:2022, with its groups and metadata} */
    public static Catalog catalog() {
        Catalog iso = Catalogs.iso27002_2022();
        List<Control> controls = new ArrayList<>();
        for (ControlGroup g : iso.groups()) {
            iso.controls().stream().filter(c -> c.id().toString().startsWith(g.id() + ".")).limit(2)
                    .forEach(controls::add);
        }
        return Catalog.builder(iso.id(), iso.title()).edition(iso.edition()).publisher(iso.publisher())
                .metadata(iso.metadata()).groups(iso.groups()).controls(controls).build();
    }

    /** {@return the first twelve clauses of ISO/IEC 27001:2022} */
    public static RequirementSet requirements() {
        RequirementSet all = Catalogs.iso27001_2022Requirements();
        return RequirementSet.of(all.id(), all.title(), all.edition(), all.metadata(),
                all.requirements().subList(0, 12));
    }

    /** {@return the first ten rows of the ISO/IEC 27001:2013 to 27002:2022 mapping} */
    public static MappingSet mappings() {
        MappingSet all = Catalogs.mapping2013To2022();
        return MappingSet.of(all.id(), all.sourceCatalogId(), all.targetCatalogId(), all.metadata(),
                all.mappings().subList(0, 10));
    }

    /** {@return the built-in standards register cut to its first three standards} */
    public static String standardsJson() {
        try (InputStream in = Seeds.class.getResourceAsStream("/dev/isms/catalog/internal/data/iso27000-family.json")) {
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(in);
            ArrayNode standards = (ArrayNode) root.get("standards");
            ArrayNode cut = root.arrayNode();
            for (int i = 0; i < 3; i++) {
                cut.add(standards.get(i));
            }
            root.set("standards", cut);
            return root.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
