// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IsmsJsonTest {
    private final IsmsJson json = IsmsJson.defaults();

    @Test
    void roundTripsTheExampleBundle() {
        IsmsExamples.Context x = IsmsExamples.context(1);
        IsmsBundle bundle = IsmsExamples.bundle(1);
        JsonFormat<IsmsBundle> format = json.bundle(x.requirements(), x.catalog());
        String text = format.toJson(bundle);
        System.out.println(text.length());
        System.out.println(text.substring(0, 3000));
        IsmsBundle back = format.parse(text);
        assertEquals(bundle, back);
        assertEquals(text, format.toJson(back));
    }
}
