// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.internal.data.BuiltIns;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.core.Attribute;
import dev.isms.core.Catalog;
import dev.isms.core.CatalogStatistics;
import dev.isms.core.Control;
import dev.isms.core.ControlType;
import dev.isms.core.CrossTab;
import dev.isms.core.SecurityProperty;
import dev.isms.core.Theme;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Queries, counts and cross-tabs over the built-in ISO/IEC 27002:2022 catalogue (93 controls), and loading it.
 *
 * <p>Run: {@code mvn -B -Djmh=isms-catalog -Djmh.args="CatalogQueryBenchmark" -pl isms-catalog -am -DskipTests
 * verify}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CatalogQueryBenchmark {
    private final Catalog iso = Catalogs.iso27002_2022();
    private final CatalogJson codec = CatalogJson.defaults();
    private final String json = codec.toJson(iso);

    /** Creates the benchmark state (JMH instantiates it). */
    public CatalogQueryBenchmark() {
        // state is set up in fields and @Setup
    }

    /** The README's query: theme, any, all, not, over all 93 controls, materialised as a list. */
    @Benchmark
    public List<Control> threeAttributeQuery() {
        return iso.query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE)
                .all(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY).not(ControlType.CORRECTIVE)
                .list();
    }

    /** The same query, counted only. */
    @Benchmark
    public int threeAttributeCount() {
        return iso.query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE)
                .all(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY).not(ControlType.CORRECTIVE)
                .count();
    }

    /** Counts of every theme and attribute value over all 93 controls, computed afresh. */
    @Benchmark
    public CatalogStatistics counts() {
        return iso.query().statistics();
    }

    /** Counts over a query's result (the technological controls). */
    @Benchmark
    public CatalogStatistics countsOfAQuery() {
        return iso.query().theme(Theme.TECHNOLOGICAL).statistics();
    }

    /** Cybersecurity concept × security domain over the catalogue (its counts are computed once, when it is built). */
    @Benchmark
    public CrossTab crossTab() {
        return iso.statistics().crossTab(Attribute.CYBERSECURITY_CONCEPT, Attribute.SECURITY_DOMAIN);
    }

    /** Reads and maps the built-in ISO/IEC 27002:2022 catalogue from its 6 KB compact form, as start-up does. */
    @Benchmark
    public Object loadBuiltIn() {
        return BuiltIns.load(BuiltIns.ISO27002_2022);
    }

    /** Reads the same catalogue from its JSON text through the public Jackson + Bean Validation codec. */
    @Benchmark
    public Catalog loadWithCodec() {
        return codec.parseCatalog(json);
    }
}
