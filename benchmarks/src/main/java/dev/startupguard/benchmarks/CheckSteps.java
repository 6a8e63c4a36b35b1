package dev.startupguard.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;

import dev.startupguard.drift.DriftOptions;
import dev.startupguard.drift.SchemaComparator;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.schema.live.LiveSchemaReader;

/**
 * The steps of {@link dev.startupguard.check.PersistenceUnitCheck#run
 * PersistenceUnitCheck.run}, run one after the other (the check itself overlaps the
 * expected schema with the live read) so that each can be timed on its own.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
final class CheckSteps {

	static final List<String> NAMES = List.of("inspect the database", "expected schema from the metadata", "live read",
			"comparison");

	private final LiveSchemaReader reader = new LiveSchemaReader(Duration.ofMinutes(1));

	private final HibernateExpectedSchema expectedSource;

	CheckSteps(Metadata metadata) {
		this.expectedSource = new HibernateExpectedSchema(metadata);
	}

	/**
	 * Run the steps once.
	 * @param connection the connection to read the catalog on
	 * @return the nanoseconds of each step, under its name in {@link #NAMES}
	 * @throws SQLException if the catalog cannot be read
	 * @throws IllegalStateException if the comparison finds anything, since a check that
	 * finds drift in the generated schema measures something else
	 */
	Map<String, Long> run(Connection connection) throws SQLException {
		Map<String, Long> nanos = new LinkedHashMap<>();
		long start = System.nanoTime();
		DatabaseInfo database = this.reader.inspect(connection);
		start = record(nanos, 0, start);
		SchemaSnapshot expected = this.expectedSource.expectedSchema(database);
		start = record(nanos, 1, start);
		SchemaSnapshot live = this.reader.read(connection, database, List.of(database.defaultSchema()));
		start = record(nanos, 2, start);
		int findings = new SchemaComparator(database, DriftOptions.DEFAULTS).compare(expected, live).size();
		record(nanos, 3, start);
		if (findings != 0) {
			throw new IllegalStateException("The generated schema gave " + findings + " findings");
		}
		return nanos;
	}

	private static long record(Map<String, Long> nanos, int step, long start) {
		long now = System.nanoTime();
		nanos.put(NAMES.get(step), now - start);
		return now;
	}

}
