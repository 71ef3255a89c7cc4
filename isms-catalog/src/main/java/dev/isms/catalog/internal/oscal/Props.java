// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.TextParseException;
import dev.isms.core.Theme;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The properties of one group or control that the catalog reader interprets: {@code label}, {@code status} and the
 * isms properties (theme, attributes, kind; correspondences are accepted and not mapped). Unknown isms properties
 * are reported, foreign ones ignored.
 */
final class Props {
    private String label;
    private Cursor labelAt;
    private String kind;
    private Theme theme;
    private boolean withdrawn;
    private final List<AttributeValue> attributes = new ArrayList<>();

    private Props() {
    }

    static Props read(Cursor owner, boolean isms) {
        Props out = new Props();
        for (Cursor c : owner.array("props")) {
            Prop p = Prop.read(c);
            if (p == null) {
                continue;
            }
            if (p.oscal()) {
                out.oscal(p, c);
            } else if (p.isms()) {
                out.isms(p, c);
            }
        }
        return out;
    }

    private void oscal(Prop p, Cursor at) {
        if (Vocabulary.LABEL.equals(p.name()) && label == null) {
            label = p.value();
            labelAt = at.member("value");
        } else if (Vocabulary.STATUS.equals(p.name()) && Vocabulary.WITHDRAWN.equals(p.value())) {
            withdrawn = true;
        }
    }

    private void isms(Prop p, Cursor at) {
        Attribute a = Vocabulary.attributeOf(p.name());
        try {
            if (a != null) {
                attributes.add(a.parse(p.value()));
            } else if (Vocabulary.THEME.equals(p.name())) {
                theme = Theme.parse(p.value());
            } else if (Vocabulary.KIND.equals(p.name())) {
                kind = p.value();
            } else if (!Vocabulary.MAPS_FROM.equals(p.name()) && !Vocabulary.MAPS_TO.equals(p.name())) {
                at.member("name").problem("unknown isms property " + Checks.quote(p.name()));
            }
        } catch (TextParseException e) {
            at.member("value").problem(e.getMessage());
        }
    }

    /** {@return whether the owner carries a {@code label} property} */
    boolean hasLabel() {
        return label != null;
    }

    /** {@return the label, reporting its absence at the owner (isms documents carry every id there)} */
    String label(Cursor owner) {
        if (label == null) {
            owner.problem("an isms document carries each id in a 'label' property, which is missing here");
        }
        return label;
    }

    Cursor labelAt() {
        return labelAt;
    }

    String kind() {
        return kind;
    }

    Theme theme() {
        return theme;
    }

    boolean withdrawn() {
        return withdrawn;
    }

    List<AttributeValue> attributes() {
        return attributes;
    }
}
