package dev.startupguard.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.jspecify.annotations.Nullable;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.drift.DriftCheck;
import dev.startupguard.drift.DriftOptions;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.expected.HibernateExpectedSchema;
import dev.startupguard.schema.live.LiveSchemaReader;

/**
 * A generated schema in a database, with everything each measured check needs built once:
 * the boot metadata, one open connection, the guard's check and Hibernate's validations.
 * Each check then runs alone, as often as the harness likes.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SchemaFixture implements AutoCloseable {

	private final SingleConnectionDataSource dataSource;

	private final Metadata metadata;

	private final LiveSchemaReader reader;

	private final PersistenceUnitCheck check;

	private final HibernateExpectedSchema expected;

	private final DatabaseInfo databaseInfo;

	private final List<String> schemas;

	private final Runnable validateGrouped;

	private final Runnable validateIndividually;

	private SchemaFixture(SingleConnectionDataSource dataSource, Metadata metadata) throws SQLException {
		this.dataSource = dataSource;
		this.metadata = metadata;
		this.reader = new LiveSchemaReader(Duration.ofMinutes(1));
		this.expected = new HibernateExpectedSchema(metadata);
		this.check = new PersistenceUnitCheck("benchmark", this.dataSource, this.expected,
				new DriftCheck(this.reader, DriftOptions.DEFAULTS, List.of()));
		this.databaseInfo = this.reader.inspect(dataSource.getConnection());
		// the schemas the check reads: every generated table is in the default one
		this.schemas = List.of(this.databaseInfo.defaultSchema());
		this.validateGrouped = GeneratedMapping.hibernateValidation(metadata, "grouped");
		this.validateIndividually = GeneratedMapping.hibernateValidation(metadata, "individually");
	}

	/**
	 * Build the fixture for a schema of the given number of generated tables.
	 * @param database the database
	 * @param tables the number of tables
	 * @param createSchema whether to let Hibernate create the schema first, or to take
	 * the one the database already holds
	 * @return the fixture
	 */
	public static SchemaFixture open(BenchmarkDatabase database, int tables, boolean createSchema) {
		@Nullable SingleConnectionDataSource dataSource = null;
		@Nullable Metadata metadata = null;
		try {
			dataSource = new SingleConnectionDataSource(database.dataSource());
			metadata = GeneratedMapping.of(tables).metadata(dataSource);
			if (createSchema) {
				GeneratedMapping.createSchema(metadata);
			}
			return new SchemaFixture(dataSource, metadata);
		}
		catch (SQLException | RuntimeException ex) {
			if (metadata != null) {
				GeneratedMapping.close(metadata);
			}
			closeQuietly(dataSource, ex);
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
	}

	/**
	 * The whole drift check, as the application runs it at startup: inspect the database,
	 * derive the expected schema from the metadata, read the live schema and compare.
	 * @return the report
	 */
	public SubjectReport guard() {
		return this.check.run();
	}

	/**
	 * The bulk catalog read alone: the least any check that looks at the live schema must
	 * pay.
	 * @return the live schema
	 * @throws SQLException if a catalog query fails
	 */
	public SchemaSnapshot floor() throws SQLException {
		Connection connection = this.dataSource.getConnection();
		return this.reader.read(connection, this.databaseInfo, this.schemas);
	}

	/**
	 * Hibernate's own validation ({@code ddl-auto=validate}) with its default,
	 * {@code grouped} catalog extraction.
	 */
	public void hibernateValidate() {
		this.validateGrouped.run();
	}

	/**
	 * Hibernate's own validation with {@code individually} catalog extraction: catalog
	 * calls per table.
	 */
	public void hibernateValidateIndividually() {
		this.validateIndividually.run();
	}

	@Override
	public void close() {
		GeneratedMapping.close(this.metadata);
		closeQuietly(this.dataSource, null);
	}

	private static void closeQuietly(@Nullable SingleConnectionDataSource dataSource, @Nullable Exception failure) {
		if (dataSource == null) {
			return;
		}
		try {
			dataSource.close();
		}
		catch (SQLException ex) {
			if (failure != null) {
				failure.addSuppressed(ex);
			}
			else {
				throw new IllegalStateException(ex);
			}
		}
	}

}
