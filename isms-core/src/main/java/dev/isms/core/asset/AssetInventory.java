// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.UnknownIdException;
import dev.isms.core.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of assets with unique ids.
 *
 * <p>Instances are immutable and thread-safe; {@link #with(Asset)} returns a new inventory.
 *
 * @since 0.1
 */
public final class AssetInventory {
    private final Map<String, Asset> assets;

    private AssetInventory(Map<String, Asset> assets) {
        this.assets = assets;
    }

    /**
     * Creates an inventory.
     *
     * @param assets the assets, not null; ids must be unique
     * @return the inventory
     * @throws IllegalArgumentException naming a repeated id
     */
    public static AssetInventory of(Collection<Asset> assets) {
        Map<String, Asset> byId = new LinkedHashMap<>();
        for (Asset a : assets) {
            if (byId.put(Objects.requireNonNull(a, "asset").id(), a) != null) {
                throw new IllegalArgumentException("asset ids must be unique but " + Checks.quote(a.id())
                        + " appears twice");
            }
        }
        return new AssetInventory(Collections.unmodifiableMap(byId));
    }

    /**
     * Creates an inventory.
     *
     * @param assets the assets; ids must be unique
     * @return the inventory
     */
    public static AssetInventory of(Asset... assets) {
        return of(List.of(assets));
    }

    /** {@return the assets in insertion order} */
    public List<Asset> assets() {
        return List.copyOf(assets.values());
    }

    /** {@return the number of assets} */
    public int size() {
        return assets.size();
    }

    /**
     * Finds an asset.
     *
     * @param id the asset id, not null
     * @return the asset, or empty
     */
    public Optional<Asset> find(String id) {
        return Optional.ofNullable(assets.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns an asset that must exist.
     *
     * @param id the asset id, not null
     * @return the asset
     * @throws UnknownIdException naming the id if the inventory has no such asset
     */
    public Asset require(String id) {
        Asset a = assets.get(Objects.requireNonNull(id, "id"));
        if (a == null) {
            throw new UnknownIdException("asset", id, "the asset inventory (" + assets.size() + " assets)");
        }
        return a;
    }

    /**
     * Returns a copy with an asset added or replaced (same id).
     *
     * @param asset the asset, not null
     * @return the new inventory
     */
    public AssetInventory with(Asset asset) {
        Map<String, Asset> copy = new LinkedHashMap<>(assets);
        copy.put(asset.id(), asset);
        return new AssetInventory(Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssetInventory && List.copyOf(((AssetInventory) o).assets.values())
                .equals(List.copyOf(assets.values()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(assets.values()).hashCode();
    }

    /** {@return the number of assets} */
    @Override
    public String toString() {
        return "AssetInventory[" + assets.size() + " assets]";
    }
}
