// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.LicensedText;
import dev.isms.catalog.csv.IsmsCsv;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.catalog.json.IsmsJson;
import dev.isms.catalog.oscal.Oscal;
import dev.isms.catalog.oscal.OscalOptions;
import dev.isms.core.FormatException;
import dev.isms.core.hostile.Hostile;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bounded memory: every reader stops an endless document at its size limit, having read at most the limit plus one
 * byte (counted here), and reports a typed problem naming the limit. An endless stream is the worst case of an
 * oversized input, so a reader that passes cannot be made to buffer more than its limit.
 */
class EndlessInputTest {
    private static final int LIMIT = 64 * 1024;

    /** A JSON or CSV document that never ends: a prefix, then the same byte forever; counts what was read. */
    private static final class Endless extends InputStream {
        private final byte[] prefix;
        private long read;

        Endless(String prefix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            return read < prefix.length ? prefix[(int) read++] : next();
        }

        private int next() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    private static void stopsAtTheLimit(String reader, Endless in, long limit, Runnable read) {
        FormatException e = assertThrows(FormatException.class, read::run, reader);
        assertTrue(e.getMessage().contains("at most " + limit), reader + ": " + e.getMessage());
        assertTrue(in.read <= limit + 1 + 8192, reader + " read " + in.read + " bytes for a limit of " + limit);
        Hostile.checkMessage(reader, "<endless>", e);
    }

    @Test
    void everyJsonReaderStopsAnEndlessDocumentAtItsLimit() {
        CatalogJson json = CatalogJson.builder().maxDocumentBytes(LIMIT).build();
        Endless a = new Endless("{\"format\": \"isms-catalog\", \"title\": \"");
        stopsAtTheLimit("CatalogJson", a, LIMIT, () -> json.readCatalog(a, "endless.json"));
        IsmsJson records = IsmsJson.builder().maxDocumentBytes(LIMIT).build();
        Endless b = new Endless("{\"format\": \"isms-assets\", \"assets\": [\"");
        stopsAtTheLimit("IsmsJson", b, LIMIT, () -> records.assets().read(b, "endless.json"));
        OscalOptions options = OscalOptions.builder().maxDocumentBytes(LIMIT).build();
        Endless c = new Endless("{\"catalog\": {\"uuid\": \"");
        stopsAtTheLimit("Oscal", c, LIMIT, () -> Oscal.readCatalog(c, "endless.json", options));
    }

    @Test
    void theCsvAndLicensedTextReadersStopAnEndlessDocumentAtTheirDefaultLimit() {
        long limit = 16L * 1024 * 1024;
        Endless a = new Endless("id,title\n5.1,\"");
        stopsAtTheLimit("IsmsCsv", a, limit, () -> IsmsCsv.defaults().readControls(a, "endless.csv"));
        Endless b = new Endless("{\"format\": \"isms-licensed-text\", \"texts\": \"");
        stopsAtTheLimit("LicensedText.readJson", b, limit, () -> LicensedText.readJson(b, "endless.json"));
        Endless c = new Endless("id,text\n5.1,\"");
        FormatException e = assertThrows(FormatException.class, () -> LicensedText.readCsv(new InputStreamReader(c,
                StandardCharsets.UTF_8), "endless.csv"));
        assertTrue(e.getMessage().contains(Integer.toString(LicensedText.MAX_CSV_CHARS)), e.getMessage());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(c.read <= LicensedText.MAX_CSV_CHARS + 1L + 65536, "LicensedText.readCsv read " + c.read);
        Hostile.checkMessage("LicensedText.readCsv", "<endless>", e);
    }
}
