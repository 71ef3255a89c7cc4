// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.ControlType;
import dev.isms.core.CybersecurityConcept;
import dev.isms.core.OperationalCapability;
import dev.isms.core.SecurityDomain;
import dev.isms.core.SecurityProperty;
import dev.isms.core.TextParseException;
import dev.isms.core.Theme;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.asset.AssetState;
import dev.isms.core.asset.AssetType;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every public {@code parse(text)} of isms-core on hostile text: a value that reads back equal from its text form,
 * or a {@link TextParseException} with a bounded, log-safe message; never another exception, never a hang.
 */
class ParseHostileProperties {
    private static final List<String> IDS = List.of("5.1", "8.24", "A.5.1.1", "ac-2", "ac-2.1", "GV.OC-01", "x_(1)",
            "4.4", "10.2", "0.0");

    @Property(tries = 1000)
    void controlIdParsesOrFailsTyped(@ForAll("controlIds") String text) {
        Hostile.attempt("ControlId.parse", text, TextParseException.class, () -> {
            ControlId id = ControlId.parse(text);
            assertEquals(id, ControlId.parse(id.toString()));
            return id;
        });
    }

    @Property(tries = 1000)
    void controlRefParsesOrFailsTyped(@ForAll("controlRefs") String text) {
        Hostile.attempt("ControlRef.parse", text, TextParseException.class, () -> {
            ControlRef ref = ControlRef.parse(text);
            assertEquals(ref, ControlRef.parse(ref.toString()));
            return ref;
        });
    }

    @Property(tries = 1000)
    void vocabularyParsersParseOrFailTyped(@ForAll("vocabulary") String text) {
        for (Parser p : PARSERS) {
            Hostile.attempt(p.name(), text, TextParseException.class, () -> p.parse().apply(text));
        }
    }

    @Provide
    Arbitrary<String> controlIds() {
        return TextMutations.of(IDS);
    }

    @Provide
    Arbitrary<String> controlRefs() {
        List<String> refs = new ArrayList<>();
        for (String id : IDS) {
            refs.add("iso27002:2022#" + id);
        }
        refs.add("nist-800-53:r5#ac-2.1");
        return TextMutations.of(refs);
    }

    @Provide
    Arbitrary<String> vocabulary() {
        List<String> seeds = new ArrayList<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(Theme.values(), ControlType.values(), SecurityProperty.values(),
                CybersecurityConcept.values(), OperationalCapability.values(), SecurityDomain.values(),
                AssetType.values(), AssetState.values(), Relationship.values(), Rationale.values(),
                AppliedControlStatus.values())) {
            for (Enum<?> v : values) {
                seeds.add(v.name());
                seeds.add(v.toString());
            }
        }
        for (Attribute a : Attribute.values()) {
            for (AttributeValue v : a.vocabulary()) {
                seeds.add(v.tagName());
            }
        }
        return TextMutations.of(seeds);
    }

    /** One vocabulary parser under test. */
    private record Parser(String name, Function<String, ?> parse) {
    }

    private static final List<Parser> PARSERS = List.of(new Parser("Theme.parse", Theme::parse),
            new Parser("ControlType.parse", ControlType::parse),
            new Parser("SecurityProperty.parse", SecurityProperty::parse),
            new Parser("CybersecurityConcept.parse", CybersecurityConcept::parse),
            new Parser("OperationalCapability.parse", OperationalCapability::parse),
            new Parser("SecurityDomain.parse", SecurityDomain::parse),
            new Parser("AssetType.parse", AssetType::parse), new Parser("AssetState.parse", AssetState::parse),
            new Parser("Relationship.parse", Relationship::parse), new Parser("Rationale.parse", Rationale::parse),
            new Parser("AppliedControlStatus.parse", AppliedControlStatus::parse),
            new Parser("Attribute.parseAny", Attribute::parseAny));
}
