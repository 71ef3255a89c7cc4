// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs of version 5 (RFC 4122 section 4.3, SHA-1), which OSCAL accepts beside random ones: the same
 * name always gives the same UUID, so that exports are deterministic.
 */
final class Uuids {
    /** The RFC 4122 URL namespace. */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /** The isms namespace: {@code v5(URL namespace, "https://isms.dev/ns/oscal")}. */
    static final UUID ISMS = v5(URL_NAMESPACE, Vocabulary.NS);

    private Uuids() {
    }

    /** {@return the version-5 UUID of a name in a namespace} */
    static UUID v5(UUID namespace, String name) {
        return v5(namespace, name.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the version-5 UUID of a name (bytes) in a namespace} */
    static UUID v5(UUID namespace, byte[] name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] h = sha1.digest(name);
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}
