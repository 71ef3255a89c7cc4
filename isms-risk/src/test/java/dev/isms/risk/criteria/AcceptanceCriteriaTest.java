// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcceptanceCriteriaTest {

    @Test
    void buildsOverridesPerCategoryAndAssetType() {
        AcceptanceCriteria a = AcceptanceCriteria.upTo("Medium").with(ConsequenceCategory.of("legal"), "Low")
                .with(AssetType.INFORMATION, "Low");
        assertEquals("Medium", a.defaultLevel());
        assertEquals(Map.of(ConsequenceCategory.of("legal"), "Low"), a.perCategory());
        assertEquals(Map.of(AssetType.INFORMATION, "Low"), a.perAssetType());
    }

    @Test
    void rejectsBlankDefaultsAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> AcceptanceCriteria.upTo(" "));
        assertThrows(NullPointerException.class, () -> AcceptanceCriteria.upTo("Low").with((AssetType) null, "x"));
        assertThrows(UnsupportedOperationException.class, () -> AcceptanceCriteria.upTo("Low").perCategory()
                .put(ConsequenceCategory.CONFIDENTIALITY, "x"));
    }
}
