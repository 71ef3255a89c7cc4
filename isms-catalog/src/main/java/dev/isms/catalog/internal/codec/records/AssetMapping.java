// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.Evidence;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetEvent;
import dev.isms.core.asset.AssetHandling;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetLifecycle;
import dev.isms.core.asset.AssetLocation;
import dev.isms.core.asset.AssetState;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps dev.isms.core.asset.Asset and AssetInventory to the one JSON shape of an asset ({@link AssetDto}) and back.
 * Public so that another isms document holding assets (such as a risk register) embeds the same shape and reports
 * the same problems, at its own pointers.
 */
public final class AssetMapping {
    static final String FORMAT = "isms-assets";

    private AssetMapping() {
    }

    /**
     * {@return the DTOs of an inventory's assets, in order}
     *
     * @param inventory the inventory
     */
    public static List<AssetDto> toDtos(AssetInventory inventory) {
        List<AssetDto> out = new ArrayList<>();
        for (Asset a : inventory.assets()) {
            out.add(toDto(a));
        }
        return out;
    }

    /**
     * {@return the DTO of an asset}: empty members omitted, values in category order
     *
     * @param a the asset
     */
    public static AssetDto toDto(Asset a) {
        Map<String, Integer> values = new LinkedHashMap<>();
        a.values().forEach((k, v) -> values.put(k.id(), v));
        AssetHandling h = a.handling();
        HandlingDto handling = h.equals(AssetHandling.none()) ? null : new HandlingDto(h.label().orElse(null),
                h.acceptableUse().orElse(null), h.location().map(l -> new LocationDto(Keys.key(l.kind()), l.place()))
                .orElse(null), h.custodian().orElse(null), h.maintenanceInterval().map(Object::toString).orElse(null));
        return new AssetDto(a.id(), a.name(), a.type().key(), a.owner().orElse(null), a.classification().orElse(null),
                values.isEmpty() ? null : values, handling, Dtos.list(a.lifecycle().history(), e -> new AssetEventDto(
                        e.state().key(), Dtos.day(e.date()), e.note().orElse(null),
                        e.evidence().map(EvidenceMapping::toDto).orElse(null))));
    }

    /**
     * Reads an inventory held in a member of a document.
     *
     * @param dtos the member's assets, may be null (none)
     * @param pointer the member's JSON pointer, such as {@code /assets}
     * @param problems where every problem goes, with its pointer
     * @return the inventory, or null when a problem was found
     */
    public static AssetInventory toInventory(List<AssetDto> dtos, String pointer, Problems problems) {
        At at = At.of(problems, pointer);
        Map<String, At> seen = new HashMap<>();
        List<Asset> all = new ArrayList<>();
        List<AssetDto> items = Dtos.orEmpty(dtos);
        for (int i = 0; i < items.size(); i++) {
            At item = at.index(i);
            AssetDto d = items.get(i);
            Asset a = d == null ? null : item.unique(toAsset(d, item), d.id(), "asset", seen);
            if (a != null) {
                all.add(a);
            }
        }
        return at.clean() ? at.build(() -> AssetInventory.of(all)) : null;
    }

    private static Asset toAsset(AssetDto d, At at) {
        String id = at.name(d.id(), "id");
        String name = at.name(d.name(), "name");
        AssetType type = at.key(AssetType.class, d.type(), "type");
        String owner = at.name(d.owner(), "owner");
        String classification = at.name(d.classification(), "classification");
        Map<ConsequenceCategory, Integer> values = values(d.values(), at.field("values"));
        AssetHandling handling = d.handling() == null ? AssetHandling.none() : handling(d.handling(),
                at.field("handling"));
        AssetLifecycle lifecycle = lifecycle(Dtos.orEmpty(d.lifecycle()), at.field("lifecycle"));
        if (!at.clean() || id == null || name == null || type == null || handling == null || lifecycle == null) {
            return null;
        }
        return at.build(() -> new Asset(id, name, type, Optional.ofNullable(owner), Optional.ofNullable(classification),
                values, handling, lifecycle));
    }

    private static Map<ConsequenceCategory, Integer> values(Map<String, Integer> dto, At at) {
        Map<ConsequenceCategory, Integer> out = new HashMap<>();
        if (dto == null) {
            return out;
        }
        dto.forEach((k, v) -> {
            ConsequenceCategory c = at.field(k).build(() -> ConsequenceCategory.of(k));
            if (v != null && v < 1) {
                at.field(k).add("must be a value level of at least 1 but was " + v);
            } else if (c != null && v != null) {
                out.put(c, v);
            }
        });
        return out;
    }

    private static AssetHandling handling(HandlingDto d, At at) {
        String label = at.name(d.label(), "label");
        String use = at.text(d.acceptableUse(), "acceptableUse");
        AssetLocation location = d.location() == null ? null : location(d.location(), at.field("location"));
        String custodian = at.name(d.custodian(), "custodian");
        Period interval = at.period(d.maintenanceInterval(), "maintenanceInterval");
        if (interval != null && (interval.isZero() || interval.isNegative())) {
            at.field("maintenanceInterval").add("must be a positive period but was " + interval);
        }
        if (!at.clean()) {
            return null;
        }
        return at.build(() -> new AssetHandling(Optional.ofNullable(label), Optional.ofNullable(use),
                Optional.ofNullable(location), Optional.ofNullable(custodian), Optional.ofNullable(interval)));
    }

    private static AssetLocation location(LocationDto d, At at) {
        AssetLocation.Kind kind = at.key(AssetLocation.Kind.class, d.kind(), "kind");
        String place = at.name(d.place(), "place");
        return kind == null || place == null ? null : at.build(() -> AssetLocation.of(kind, place));
    }

    /** Replays the steps, so that a move the lifecycle does not allow is reported at its step. */
    private static AssetLifecycle lifecycle(List<AssetEventDto> dtos, At list) {
        AssetLifecycle lifecycle = AssetLifecycle.untracked();
        for (int i = 0; i < dtos.size(); i++) {
            At item = list.index(i);
            AssetEvent e = dtos.get(i) == null ? null : event(dtos.get(i), item);
            if (e == null) {
                return null;
            }
            AssetLifecycle current = lifecycle;
            lifecycle = item.build(() -> current.moveTo(e));
            if (lifecycle == null) {
                return null;
            }
        }
        return lifecycle;
    }

    private static AssetEvent event(AssetEventDto d, At at) {
        AssetState state = at.key(AssetState.class, d.state(), "state");
        LocalDate date = at.date(d.date(), "date");
        String note = at.text(d.note(), "note");
        Evidence evidence = d.evidence() == null ? null : EvidenceMapping.toEvidence(d.evidence(),
                at.field("evidence"));
        if (!at.clean() || state == null || date == null) {
            return null;
        }
        return at.build(() -> new AssetEvent(state, date, Optional.ofNullable(note), Optional.ofNullable(evidence)));
    }
}
