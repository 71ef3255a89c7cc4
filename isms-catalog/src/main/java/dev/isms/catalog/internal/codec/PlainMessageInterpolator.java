// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.internal.Checks;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Bean Validation messages without Expression Language: fills {attribute} and {validatedValue} from the
// constraint (a text value quoted, bounded and escaped), so hibernate-validator needs no jakarta.el implementation
// and messages are always English.
final class PlainMessageInterpolator implements MessageInterpolator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z.]+)\\}");
    private static final String PREFIX = "{jakarta.validation.constraints.";
    private static final Map<String, String> DEFAULTS = Map.of(
            PREFIX + "NotNull.message}", "must be present",
            PREFIX + "NotBlank.message}", "must not be blank",
            PREFIX + "NotEmpty.message}", "must not be empty",
            PREFIX + "Size.message}", "size must be between {min} and {max}",
            PREFIX + "Min.message}", "must be at least {value} but was {validatedValue}",
            PREFIX + "Max.message}", "must be at most {value} but was {validatedValue}",
            PREFIX + "Pattern.message}", "must match {regexp} but was {validatedValue}");

    @Override
    public String interpolate(String messageTemplate, Context context) {
        String template = DEFAULTS.getOrDefault(messageTemplate, messageTemplate);
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = "validatedValue".equals(name) ? context.getValidatedValue() : attributes.get(name);
            String text = value == null && !"validatedValue".equals(name) ? m.group()
                    : value instanceof CharSequence ? Checks.quote(value.toString()) : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return interpolate(messageTemplate, context);
    }
}
