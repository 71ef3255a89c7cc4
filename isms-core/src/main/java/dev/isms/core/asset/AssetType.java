// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.TextParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * The kinds of asset of ISO/IEC 27005: primary assets, whose loss is the consequence, and supporting assets,
 * whose weaknesses are exploited.
 *
 * @since 0.1
 */
public enum AssetType {
    /** Primary: information. */
    INFORMATION(true),
    /** Primary: a business process or activity. */
    BUSINESS_PROCESS(true),
    /** Supporting: hardware. */
    HARDWARE(false),
    /** Supporting: software. */
    SOFTWARE(false),
    /** Supporting: network. */
    NETWORK(false),
    /** Supporting: people (personnel). */
    PEOPLE(false),
    /** Supporting: site and premises. */
    SITE(false),
    /** Supporting: the organisation's structure. */
    ORGANIZATION(false),
    /** Supporting: a cloud service. */
    CLOUD_SERVICE(false);

    private final boolean primary;

    AssetType(boolean primary) {
        this.primary = primary;
    }

    /** {@return true for primary assets (information, business processes)} */
    public boolean isPrimary() {
        return primary;
    }

    /** {@return the lower-case, hyphenated key used in files, such as {@code "business-process"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a type from its key or name, case-insensitively ({@code "cloud-service"}, {@code "CLOUD_SERVICE"}).
     *
     * @param text the key, not null
     * @return the type
     * @throws TextParseException if the text names no type
     */
    public static AssetType parse(String text) {
        Objects.requireNonNull(text, "asset type");
        String name = text.replace('-', '_');
        for (AssetType t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new TextParseException("asset type", text, 0, "must be one of information, business-process, hardware,"
                + " software, network, people, site, organization, cloud-service");
    }
}
