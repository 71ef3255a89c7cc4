// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import gov.nist.secauto.metaschema.databind.io.IBoundLoader;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state OSCAL work in a warm JVM: importing NIST SP 800-53 rev5 (3.2 MB, 1,189 controls) with isms and, in
 * the same run, with liboscal-java (the reference library, benchmark scope only); exporting ISO/IEC 27002:2022 as
 * OSCAL and validating that export against NIST's JSON schema.
 *
 * <p>Run: {@code mvn -B -Djmh=isms-catalog -Djmh.args="OscalBenchmark" -pl isms-catalog -am -DskipTests verify}
 * (reads {@code ../shared/oscal}; the parameter {@code shared} points elsewhere).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend =
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory")
public class OscalBenchmark {
    /** Where {@code ../shared} is, seen from the isms-catalog module directory. */
    @Param("../../shared")
    public String shared;

    private byte[] nist;
    private IBoundLoader loader;
    private Catalog iso;
    private String isoJson;
    private Schema schema;

    /** Creates the benchmark state (JMH instantiates it). */
    public OscalBenchmark() {
        // state is set up in @Setup
    }

    /**
     * Reads the files once.
     *
     * @throws IOException if ../shared cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        Path oscal = Path.of(shared, "oscal");
        nist = Files.readAllBytes(oscal.resolve("sp800-53-rev5/NIST_SP-800-53_rev5.0.1_catalog.json"));
        loader = OscalBindingContext.instance().newBoundLoader();
        iso = Catalogs.iso27002_2022();
        isoJson = Oscal.toJson(iso, OscalOptions.defaults());
        try (InputStream in = Files.newInputStream(oscal.resolve("schema/1.1.3/oscal_catalog_schema.json"))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    /** {@return the number of controls} isms reads from NIST SP 800-53 rev5. */
    @Benchmark
    public int importNistIsms() {
        return Oscal.readCatalog(new ByteArrayInputStream(nist), "nist", OscalOptions.defaults()).size();
    }

    /**
     * {@return the number of controls} liboscal-java reads from the same bytes.
     *
     * @throws IOException never for these bytes
     */
    @Benchmark
    public int importNistLiboscal() throws IOException {
        gov.nist.secauto.oscal.lib.model.Catalog c = loader.load(gov.nist.secauto.oscal.lib.model.Catalog.class,
                new ByteArrayInputStream(nist), URI.create("file:///nist.json"));
        return LiboscalCount.controls(c);
    }

    /** {@return the OSCAL text} of ISO/IEC 27002:2022. */
    @Benchmark
    public String exportIso27002() {
        return Oscal.toJson(iso, OscalOptions.defaults());
    }

    /** {@return the number of schema errors} of the ISO/IEC 27002:2022 export (0). */
    @Benchmark
    public int validateIso27002Export() {
        return schema.validate(isoJson, InputFormat.JSON).size();
    }
}
