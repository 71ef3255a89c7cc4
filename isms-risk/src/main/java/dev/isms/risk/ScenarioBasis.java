// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.internal.Checks;
import java.util.List;

/**
 * How a risk scenario was identified (ISO/IEC 27005:2022 clause 7.2): asset-based (an asset, a threat and a
 * vulnerability it exploits) or event-based (a risk source, the event it causes and its consequences).
 *
 * @since 0.1
 */
public sealed interface ScenarioBasis permits ScenarioBasis.AssetBased, ScenarioBasis.EventBased {

    /**
     * {@return the ids of the assets, threats, vulnerabilities or risk sources this basis refers to, as
     * "kind:id" strings, for reports}
     */
    List<String> references();

    /**
     * Creates an asset-based basis.
     *
     * @param assetId the asset, not blank
     * @param threatId the threat, not blank
     * @param vulnerabilityId the exploited vulnerability, not blank
     * @return the basis
     */
    static ScenarioBasis assetBased(String assetId, String threatId, String vulnerabilityId) {
        return new AssetBased(assetId, threatId, vulnerabilityId);
    }

    /**
     * Creates an event-based basis.
     *
     * @param riskSourceId the risk source, not blank
     * @param event the event the source causes, not blank
     * @return the basis
     */
    static ScenarioBasis eventBased(String riskSourceId, String event) {
        return new EventBased(riskSourceId, event);
    }

    /**
     * An asset-based identification: asset × threat × vulnerability.
     *
     * @param assetId the asset, not blank
     * @param threatId the threat, not blank
     * @param vulnerabilityId the vulnerability, not blank
     */
    record AssetBased(String assetId, String threatId, String vulnerabilityId) implements ScenarioBasis {
        /**
         * Validates the ids.
         *
         * @param assetId not blank
         * @param threatId not blank
         * @param vulnerabilityId not blank
         */
        public AssetBased {
            Checks.notBlank(assetId, "assetId");
            Checks.notBlank(threatId, "threatId");
            Checks.notBlank(vulnerabilityId, "vulnerabilityId");
        }

        @Override
        public List<String> references() {
            return List.of("asset:" + assetId, "threat:" + threatId, "vulnerability:" + vulnerabilityId);
        }
    }

    /**
     * An event-based identification: risk source → event → consequences.
     *
     * @param riskSourceId the risk source, not blank
     * @param event the event, not blank
     */
    record EventBased(String riskSourceId, String event) implements ScenarioBasis {
        /**
         * Validates the parts.
         *
         * @param riskSourceId not blank
         * @param event not blank
         */
        public EventBased {
            Checks.notBlank(riskSourceId, "riskSourceId");
            Checks.notBlank(event, "event");
        }

        @Override
        public List<String> references() {
            return List.of("source:" + riskSourceId);
        }
    }
}
