// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.catalog.csv.IsmsCsv;
import dev.isms.catalog.json.IsmsBundle;
import dev.isms.catalog.json.IsmsJson;
import dev.isms.catalog.json.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes Fernhill's ISMS as files: the whole ISMS as one {@code isms-bundle} JSON document, and CSV exports of the
 * Statement of Applicability, the prioritised gap list, the asset inventory and the audit findings. Further formats
 * (the Markdown report and its SVG pictures) are one more call in {@link #write}.
 */
final class IsmsFiles {
    static final String BUNDLE = "isms.json";

    private IsmsFiles() {
    }

    /**
     * Writes every file into a directory, creating it.
     *
     * @return the files written, in order
     */
    static List<Path> write(FernhillIsms isms, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        IsmsBundle b = isms.bundle();
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve(BUNDLE), p -> json(isms).write(b, p)));
        IsmsCsv csv = IsmsCsv.defaults();
        written.add(write(dir.resolve("soa.csv"), p -> csv.statementOfApplicability(isms.catalog())
                .write(isms.soa(), p)));
        written.add(write(dir.resolve("gaps.csv"), p -> csv.gaps().write(isms.gap(), p)));
        written.add(write(dir.resolve("assets.csv"), p -> csv.assets().write(b.assets(), p)));
        written.add(write(dir.resolve("findings.csv"), p -> csv.findings().write(b.audits().orElseThrow(), p)));
        // The Markdown report and its SVGs go here: written.addAll(MarkdownReport.write(..., dir));
        return written;
    }

    /** {@return the JSON format of the bundle, bound to the clauses and catalogue it names} */
    static JsonFormat<IsmsBundle> json(FernhillIsms isms) {
        return IsmsJson.defaults().bundle(isms.clauses(), isms.catalog());
    }

    private static Path write(Path file, Consumer<Path> writer) {
        writer.accept(file);
        return file;
    }
}
