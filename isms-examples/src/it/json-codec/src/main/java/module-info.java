// SPDX-License-Identifier: Apache-2.0
/** A user of the JSON codec: isms-catalog and hibernate-validator declared, nothing else. */
module org.example.json {
    requires dev.isms.catalog;
}
