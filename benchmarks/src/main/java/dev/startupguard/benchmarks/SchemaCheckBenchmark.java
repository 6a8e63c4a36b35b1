package dev.startupguard.benchmarks;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.SchemaSnapshot;

/**
 * The drift check against its two baselines on a generated schema of {@code size} tables
 * in a {@code database}: the bulk catalog read alone (the floor) and Hibernate's own
 * validation, with both of its catalog extraction strategies.
 * <p>
 * Each operation is one whole check; JMH samples the time of every one. The schema is
 * created once per database and size: by {@link BenchmarkMain} before the forks start, so
 * that every benchmark of a size reads the very same database, or by the fork itself when
 * run without it (and always for H2, which lives in the fork's memory).
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Iterations of a few seconds: with 1 s ones a check of about a second (2,000 tables on
// a loaded machine) was warmed up three times and sampled once per iteration, while the
// interpreter still ran part of it, and measured twice its steady time.
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx1g" })
public class SchemaCheckBenchmark {

	/**
	 * System property prefix under which {@link BenchmarkMain} names the databases it
	 * prepared: {@code startup-guard.benchmark.<database>.<size>}.
	 */
	static final String PREPARED_PROPERTY = "startup-guard.benchmark.";

	/**
	 * The database: {@code postgresql}, {@code mariadb} or {@code h2}.
	 */
	@Param({ BenchmarkDatabase.POSTGRESQL, BenchmarkDatabase.MARIADB, BenchmarkDatabase.H2 })
	public String database;

	/**
	 * The number of generated tables.
	 */
	@Param({ "10", "100", "500" })
	public int size;

	// set up by JMH before the first check
	private BenchmarkDatabase scratch;

	private SchemaFixture fixture;

	@Setup(Level.Trial)
	public void setUp() {
		String prepared = System.getProperty(preparedProperty(this.database, this.size));
		this.scratch = (prepared != null) ? BenchmarkDatabase.attach(this.database, prepared)
				: BenchmarkDatabase.create(this.database);
		this.fixture = SchemaFixture.open(this.scratch, this.size, prepared == null);
		// a check that fails or finds drift would measure something else than the
		// check of a matching schema
		SubjectReport report = this.fixture.guard();
		if (!report.findings().isEmpty()) {
			throw new IllegalStateException(
					"The generated schema should give no finding, but gave " + report.findings().toList());
		}
		this.fixture.hibernateValidate();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		try {
			this.fixture.close();
		}
		finally {
			this.scratch.close();
		}
	}

	static String preparedProperty(String database, int size) {
		return PREPARED_PROPERTY + database + "." + size;
	}

	/**
	 * The whole drift check.
	 * @return the report, so that nothing is optimised away
	 */
	@Benchmark
	public SubjectReport guard() {
		return this.fixture.guard();
	}

	/**
	 * The bulk catalog read alone.
	 * @return the live schema
	 * @throws SQLException if a catalog query fails
	 */
	@Benchmark
	public SchemaSnapshot floor() throws SQLException {
		return this.fixture.floor();
	}

	/**
	 * Hibernate's validation, default ({@code grouped}) extraction.
	 */
	@Benchmark
	public void validate() {
		this.fixture.hibernateValidate();
	}

	/**
	 * Hibernate's validation, {@code individually} extraction.
	 */
	@Benchmark
	public void validateIndividually() {
		this.fixture.hibernateValidateIndividually();
	}

}
