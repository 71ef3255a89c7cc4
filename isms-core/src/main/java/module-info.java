// SPDX-License-Identifier: Apache-2.0
/**
 * The isms domain model: ISO/IEC 27002 controls and their attributes, catalogues and queries over them,
 * ISO/IEC 27001 requirements (clauses) and mappings between catalogues.
 *
 * <p>This module has no third-party dependency. Every type is an immutable, thread-safe value.
 */
module dev.isms.core {
    exports dev.isms.core;
    exports dev.isms.core.requirement;
    exports dev.isms.core.mapping;
    exports dev.isms.core.asset;
    // Shared argument checks and message helpers, for the other isms modules only.
    exports dev.isms.core.internal to dev.isms.catalog, dev.isms.risk;
}
