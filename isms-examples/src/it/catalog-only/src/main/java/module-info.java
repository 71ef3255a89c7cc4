// SPDX-License-Identifier: Apache-2.0
/** A user of the built-in catalogues only. */
module org.example.catalogonly {
    requires dev.isms.catalog;
}
