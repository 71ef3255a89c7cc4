// SPDX-License-Identifier: Apache-2.0
/** A user of risk scoring only. */
module org.example.risk {
    requires dev.isms.risk;
}
