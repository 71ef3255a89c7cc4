// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.FormatException;
import dev.isms.core.asset.AssetInventory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatTest {
    private final JsonFormat<AssetInventory> assets = IsmsJson.defaults().assets();
    private final AssetInventory inventory = IsmsExamples.assets(1);

    @Test
    void aFormatOfCodecFunctionsOffersTheSameMethodsAndRefusesABlankFormatAndANullResult() throws IOException {
        JsonFormat<String> text = JsonFormat.of("isms-text", s -> s.getBytes(StandardCharsets.UTF_8),
                (in, resource) -> {
                    try {
                        return resource + ":" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertEquals("isms-text", text.format());
        assertEquals("<JSON text>:{}", text.parse("{}"));
        assertEquals("{}", text.toJson("{}"));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> JsonFormat.of(" ",
                s -> new byte[0], (in, resource) -> "x"));
        assertTrue(blank.getMessage().contains("format"), blank.getMessage());
        JsonFormat<String> broken = JsonFormat.of("isms-broken", s -> new byte[0], (in, resource) -> null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> broken.parse("{}"));
        assertEquals("the reader of isms-broken returned null", e.getMessage());
    }

    @Test
    void writesAndReadsFilesStreamsAndText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("assets.json");
        assets.write(inventory, file);
        assertEquals(inventory, assets.read(file));
        assertEquals(assets.toJson(inventory), Files.readString(file, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assets.write(inventory, out);
        assertEquals(inventory, assets.read(new ByteArrayInputStream(out.toByteArray()), "memory"));
        out.write('x');
        assertEquals("JsonFormat[isms-assets]", assets.toString());
    }

    @Test
    void namesTheFileOrTheTextInProblems(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{}");
        assertEquals(file.toString(), assertThrows(FormatException.class, () -> assets.read(file)).resource());
        assertEquals("<JSON text>", assertThrows(FormatException.class, () -> assets.parse("assets.json")).resource());
        assertEquals("net", assertThrows(FormatException.class, () -> assets.read(new ByteArrayInputStream(
                new byte[0]), "net")).resource());
    }

    @Test
    void anUnreadableOrUnwritableFileIsAnIoError(@TempDir Path dir) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> assets.read(dir.resolve("none")));
        assertInstanceOf(NoSuchFileException.class, e.getCause());
        assertTrue(e.getMessage().contains("none"), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> assets.write(inventory, dir.resolve("no/such/dir.json")));
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertTrue(assertThrows(UncheckedIOException.class, () -> assets.write(inventory, broken)).getMessage()
                .contains("disk full"));
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("network gone");
            }
        };
        assertTrue(assertThrows(UncheckedIOException.class, () -> assets.read(failing, "net")).getMessage()
                .contains("network gone"));
    }
}
