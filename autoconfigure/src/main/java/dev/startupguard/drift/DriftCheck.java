package dev.startupguard.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.report.GuardReport;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.schema.live.ReadOnlyCatalogSession;

/**
 * One drift check: reads the live schema of every schema the entities use, compares it
 * with what they expect, and reports. A check that cannot run reports a
 * {@link FindingKind#CHECK_ERROR}, never an empty report.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class DriftCheck {

	private final LiveSchemaReader reader;

	private final DriftOptions options;

	private final List<String> additionalSchemas;

	private final Clock clock;

	/**
	 * Create a check.
	 * @param reader the live schema reader
	 * @param options the comparison's options
	 * @param additionalSchemas schemas to read besides the default one and those the
	 * entities name, as the database stores them
	 */
	public DriftCheck(LiveSchemaReader reader, DriftOptions options, List<String> additionalSchemas) {
		this(reader, options, additionalSchemas, Clock.systemUTC());
	}

	DriftCheck(LiveSchemaReader reader, DriftOptions options, List<String> additionalSchemas, Clock clock) {
		this.reader = reader;
		this.options = options;
		this.additionalSchemas = List.copyOf(additionalSchemas);
		this.clock = clock;
	}

	/**
	 * Run the check.
	 * @param name the name of what is checked, such as the persistence unit
	 * @param dataSource the data source the entities use
	 * @param expected what the entities expect
	 * @return the report
	 */
	public GuardReport run(String name, DataSource dataSource, ExpectedSchemaSource expected) {
		Instant start = this.clock.instant();
		DatabaseInfo database = null;
		Set<String> schemas = new LinkedHashSet<>();
		try (ReadOnlyCatalogSession session = ReadOnlyCatalogSession.open(dataSource)) {
			Connection connection = session.connection();
			database = this.reader.inspect(connection);
			SchemaSnapshot expectedSchema = expected.expectedSchema(database);
			schemas.add(database.defaultSchema());
			schemas.addAll(this.additionalSchemas);
			expectedSchema.tables().stream().map(Table::name).map(QualifiedName::schema).forEach(schemas::add);
			expectedSchema.sequences().stream().map(Sequence::name).map(QualifiedName::schema).forEach(schemas::add);
			schemas.remove(null);
			SchemaSnapshot liveSchema = this.reader.read(connection, database, schemas);
			Findings findings = new SchemaComparator(database, this.options).compare(expectedSchema, liveSchema);
			return report(name, database, schemas, start, findings);
		}
		catch (SQLException | RuntimeException ex) {
			Finding error = Finding.of(FindingKind.CHECK_ERROR, null, null,
					"The schema check could not run, so drift is unknown: " + describe(ex), null, null);
			return report(name, database, schemas, start, Findings.of(List.of(error)));
		}
	}

	private GuardReport report(String name, DatabaseInfo database, Set<String> schemas, Instant start,
			Findings findings) {
		Duration duration = Duration.between(start, this.clock.instant());
		String product = (database != null) ? database.productName() : "unknown";
		String version = (database != null) ? database.productVersion() : "unknown";
		return new GuardReport(name, product, version, List.copyOf(schemas), start, duration, findings, List.of());
	}

	private static String describe(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		// drivers put connection URLs into their messages; never let a password through,
		// whether a parameter or the user information of the URL (//user:password@host)
		return message.replaceAll("(?i)(password|pwd)=[^&;\\s]*", "$1=******")
			.replaceAll("(//[^/:@\\s]+:)[^/@\\s]+@", "$1******@");
	}

}
