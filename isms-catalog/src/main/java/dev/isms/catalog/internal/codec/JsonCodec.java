// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.isms.catalog.CatalogException;
import dev.isms.catalog.Standard;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.internal.Checks;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The codec's entry point for the public facades: reads and writes the isms JSON formats with one strict,
 * bounded mapper. Reading throws {@link FormatException} listing every problem; nothing is half-loaded.
 */
public final class JsonCodec {
    /** The version of every format this library writes, and the highest it reads. */
    public static final int FORMAT_VERSION = DocumentReader.FORMAT_VERSION;

    private final Limits limits;
    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final DocumentReader reader;

    /**
     * Creates a codec.
     *
     * @param limits the bounds documents must stay within
     */
    public JsonCodec(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.mapper = Mappers.strict(limits);
        this.writer = mapper.writer(Mappers.printer());
        this.reader = new DocumentReader(mapper, limits);
    }

    /** {@return the bounds of this codec} */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads an {@code isms-catalog} document.
     *
     * @param in the UTF-8 document, read fully, not closed
     * @param resource the document's name for messages
     * @return the catalogue
     * @throws FormatException listing every problem
     */
    public Catalog readCatalog(InputStream in, String resource) {
        Problems problems = new Problems(resource);
        CatalogDto dto = reader.read(in, CatalogMapping.FORMAT, CatalogDto.class, problems);
        return CatalogMapping.toCatalog(dto, problems);
    }

    /**
     * Reads an {@code isms-mapping} document.
     *
     * @param in the UTF-8 document, read fully, not closed
     * @param resource the document's name for messages
     * @return the mapping set
     * @throws FormatException listing every problem
     */
    public MappingSet readMappingSet(InputStream in, String resource) {
        Problems problems = new Problems(resource);
        MappingSetDto dto = reader.read(in, MappingSetMapping.FORMAT, MappingSetDto.class, problems);
        return MappingSetMapping.toMappingSet(dto, problems);
    }

    /**
     * Reads an {@code isms-requirements} document.
     *
     * @param in the UTF-8 document, read fully, not closed
     * @param resource the document's name for messages
     * @return the requirement set
     * @throws FormatException listing every problem
     */
    public RequirementSet readRequirementSet(InputStream in, String resource) {
        Problems problems = new Problems(resource);
        RequirementSetDto dto = reader.read(in, RequirementSetMapping.FORMAT, RequirementSetDto.class, problems);
        return RequirementSetMapping.toRequirementSet(dto, problems);
    }

    /**
     * Reads an {@code isms-standards} document.
     *
     * @param in the UTF-8 document, read fully, not closed
     * @param resource the document's name for messages
     * @return the standards in register order, unmodifiable
     * @throws FormatException listing every problem
     */
    public List<Standard> readStandards(InputStream in, String resource) {
        Problems problems = new Problems(resource);
        StandardsDto dto = reader.read(in, StandardsMapping.FORMAT, StandardsDto.class, problems);
        return StandardsMapping.toStandards(dto, problems);
    }

    /**
     * Reads an {@code isms-licensed-text} document: ids must be unique, texts not blank.
     *
     * @param in the UTF-8 document, read fully, not closed
     * @param resource the document's name for messages
     * @return the catalogue id and the located texts
     * @throws FormatException listing every problem
     */
    public LicensedTextDocument readLicensedText(InputStream in, String resource) {
        Problems problems = new Problems(resource);
        LicensedTextDto dto = reader.read(in, "isms-licensed-text", LicensedTextDto.class, problems);
        List<LocatedText> texts = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<TextDto> all = dto.texts() == null ? List.of() : dto.texts();
        Fields.oneLine(dto.catalog(), "/catalog", problems);
        for (int i = 0; i < all.size(); i++) {
            TextDto t = all.get(i);
            String at = Pointers.field(Pointers.index("/texts", i), "id");
            int before = problems.size();
            if (t != null) {
                Fields.oneLine(t.id(), at, problems);
                Fields.freeText(t.text(), Pointers.field(Pointers.index("/texts", i), "text"), problems);
            }
            if (t == null || t.id() == null || t.text() == null || problems.size() > before) {
                continue;
            }
            String id = t.id().strip();
            String first = seen.putIfAbsent(id, at);
            if (first != null) {
                problems.add(at, "duplicate control id " + Checks.quote(id) + " (first at " + first + ")");
            } else {
                texts.add(new LocatedText(id, t.text(), at));
            }
        }
        problems.throwIfAny();
        return new LicensedTextDocument(dto.catalog(), "/catalog", texts);
    }

    /**
     * Writes a catalogue as an {@code isms-catalog} document.
     *
     * @param catalog the catalogue
     * @return the UTF-8 bytes: 2-space indented, LF line ends, a final line end
     */
    public byte[] write(Catalog catalog) {
        return bytes(CatalogMapping.fromCatalog(catalog));
    }

    /**
     * Writes a mapping set as an {@code isms-mapping} document.
     *
     * @param set the mapping set
     * @return the UTF-8 bytes
     */
    public byte[] write(MappingSet set) {
        return bytes(MappingSetMapping.fromMappingSet(set));
    }

    /**
     * Writes a requirement set as an {@code isms-requirements} document.
     *
     * @param set the requirement set
     * @return the UTF-8 bytes
     */
    public byte[] write(RequirementSet set) {
        return bytes(RequirementSetMapping.fromRequirementSet(set));
    }

    /**
     * Reads a document made of a header ({@code format}, {@code formatVersion}) and the members of a body DTO; the
     * caller maps the DTO, adding to the problems, and throws them.
     *
     * @param in the UTF-8 document, read fully, not closed
     * @param format the expected {@code format}
     * @param type the body DTO's class, in a package opened to Jackson and the validator
     * @param problems where problems go; syntax, header, binding problems are thrown at once
     * @param <T> the body DTO type
     * @return the body DTO, checked by Bean Validation (its violations are in {@code problems})
     * @throws FormatException listing the problems that stop reading early
     */
    public <T> T readBody(InputStream in, String format, Class<T> type, Problems problems) {
        return reader.readBody(in, format, type, problems);
    }

    /**
     * Writes a document: the header ({@code format}, {@code formatVersion}), then the members of a body DTO.
     *
     * @param format the document's {@code format}
     * @param body the body DTO
     * @return the UTF-8 bytes: 2-space indented, LF line ends, a final line end
     * @throws CatalogException if the document would break this codec's limits
     */
    public byte[] writeDocument(String format, Object body) {
        return bytes(new Envelope(format, FORMAT_VERSION, body));
    }

    private byte[] bytes(Object dto) {
        byte[] bytes;
        try {
            bytes = (writer.writeValueAsString(dto) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new CatalogException("cannot write JSON: " + Checks.quote(e.getOriginalMessage()), e);
        }
        WriteCheck.readable(mapper, bytes, limits);
        return bytes;
    }
}
