package dev.startupguard.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.live.CheckDeadline;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.schema.live.ReadOnlyCatalogSession;

/**
 * The drift of one connection's database: reads the live schema of every schema the
 * entities use and compares it with what they expect. Who runs it owns the connection,
 * the timing, and what a failure means.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class DriftCheck {

	private final LiveSchemaReader reader;

	private final DriftOptions options;

	private final List<String> additionalSchemas;

	private final Executor expectedSchemaExecutor;

	/**
	 * Create a check.
	 * @param reader the live schema reader
	 * @param options the comparison's options
	 * @param additionalSchemas schemas to read besides the default one and those the
	 * entities name, as the database stores them
	 */
	public DriftCheck(LiveSchemaReader reader, DriftOptions options, List<String> additionalSchemas) {
		this(reader, options, additionalSchemas, DriftCheck::onOwnThread);
	}

	DriftCheck(LiveSchemaReader reader, DriftOptions options, List<String> additionalSchemas,
			Executor expectedSchemaExecutor) {
		this.reader = reader;
		this.options = options;
		this.additionalSchemas = List.copyOf(additionalSchemas);
		this.expectedSchemaExecutor = expectedSchemaExecutor;
	}

	/**
	 * Build the expected schema on a thread of its own, so that no pool has to be shut
	 * down; a thread is cheap beside a check, and it inherits the context class loader.
	 */
	private static void onOwnThread(Runnable task) {
		startDaemon("startup-guard-expected-schema", task);
	}

	private static void startDaemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Start the time of one check: its inspection and comparison take their queries'
	 * timeouts from it.
	 * @return the deadline of a check starting now
	 */
	public CheckDeadline deadline() {
		return this.reader.deadline();
	}

	/**
	 * Start reading the live schema on a connection and a thread of its own, for the
	 * first run of a check to take instead of reading it again (see
	 * {@link LiveSchemaPrefetch}). It reads what the check would: the default schema, the
	 * additional ones and those the mapping names.
	 * @param dataSource the data source the check reads
	 * @param named the schemas the mapping names, as the database found stores them
	 * @return the read under way
	 */
	public LiveSchemaPrefetch prefetch(DataSource dataSource, Function<DatabaseInfo, Set<String>> named) {
		CompletableFuture<LiveSchemaPrefetch.Read> read = new CompletableFuture<>();
		startDaemon("startup-guard-prefetch", () -> {
			try {
				read.complete(readAhead(dataSource, named));
			}
			catch (SQLException | RuntimeException ex) {
				read.completeExceptionally(ex);
			}
			catch (Error error) {
				read.completeExceptionally(error);
				throw error;
			}
		});
		return new LiveSchemaPrefetch(dataSource, read);
	}

	private LiveSchemaPrefetch.Read readAhead(DataSource dataSource, Function<DatabaseInfo, Set<String>> named)
			throws SQLException {
		CheckDeadline deadline = deadline();
		try (ReadOnlyCatalogSession session = ReadOnlyCatalogSession.open(dataSource)) {
			Connection connection = session.connection();
			DatabaseInfo database = this.reader.inspect(connection, deadline);
			Set<String> schemas = schemas(database, named.apply(database));
			return new LiveSchemaPrefetch.Read(database, schemas,
					this.reader.read(connection, database, schemas, deadline));
		}
	}

	/**
	 * Find out what database the connection talks to.
	 * @param connection an open connection
	 * @param deadline the deadline of the check
	 * @return the database
	 * @throws SQLException if the driver cannot tell, or the deadline has passed
	 */
	public DatabaseInfo inspect(Connection connection, CheckDeadline deadline) throws SQLException {
		return this.reader.inspect(connection, deadline);
	}

	/**
	 * Compare the live schema with what the entities expect, taking the live schema from
	 * a read ahead where one covers every schema to read.
	 * @param connection an open connection, handed back as it was
	 * @param database what {@link #inspect(Connection, CheckDeadline)} found
	 * @param expected what the entities expect
	 * @param deadline the deadline of the check
	 * @param prefetch the read ahead, which this takes, or {@code null} to read
	 * @return the schemas that were read and what the comparison found
	 * @throws SQLException if a catalog query fails or times out, or the deadline has
	 * passed
	 */
	public Drift compare(Connection connection, DatabaseInfo database, ExpectedSchemaSource expected,
			CheckDeadline deadline, @Nullable LiveSchemaPrefetch prefetch) throws SQLException {
		Set<String> named = expected.schemas(database);
		if (named == null) {
			SchemaSnapshot expectedSchema = expected.expectedSchema(database);
			return compare(connection, database, expectedSchema, schemas(database, expectedSchema), deadline);
		}
		// The expected schema is plain Java on the boot metadata and the live read mostly
		// waits for the database: they are independent, so the one is built on another
		// thread while this one, whose connection a routing data source may have chosen
		// for it, reads the other.
		CompletableFuture<SchemaSnapshot> building = CompletableFuture
			.supplyAsync(() -> expected.expectedSchema(database), this.expectedSchemaExecutor);
		Set<String> schemas = schemas(database, named);
		SchemaSnapshot liveSchema;
		try {
			SchemaSnapshot readAhead = (prefetch != null) ? prefetch.take(database, schemas, deadline) : null;
			liveSchema = (readAhead != null) ? readAhead : this.reader.read(connection, database, schemas, deadline);
		}
		catch (SQLException | RuntimeException ex) {
			// nothing to wait for: the build ends by itself and its result is dropped
			building.cancel(false);
			throw ex;
		}
		SchemaSnapshot expectedSchema = await(building, deadline);
		Set<String> expectedSchemas = schemas(database, expectedSchema);
		if (!schemas.containsAll(expectedSchemas)) {
			// a source that named fewer schemas than its expected schema uses
			expectedSchemas.addAll(schemas);
			return compare(connection, database, expectedSchema, expectedSchemas, deadline);
		}
		return drift(connection, database, expectedSchema, liveSchema, schemas, deadline);
	}

	private Drift compare(Connection connection, DatabaseInfo database, SchemaSnapshot expectedSchema,
			Set<String> schemas, CheckDeadline deadline) throws SQLException {
		SchemaSnapshot liveSchema = this.reader.read(connection, database, schemas, deadline);
		return drift(connection, database, expectedSchema, liveSchema, schemas, deadline);
	}

	private Drift drift(Connection connection, DatabaseInfo database, SchemaSnapshot expectedSchema,
			SchemaSnapshot liveSchema, Set<String> schemas, CheckDeadline deadline) throws SQLException {
		Findings findings = new SchemaComparator(database, this.options).compare(expectedSchema, liveSchema);
		findings = notVisible(connection, database, expectedSchema, findings, deadline);
		return new Drift(List.copyOf(schemas), missingSchemas(connection, database, deadline).and(findings));
	}

	/**
	 * Return the schemas to read: the default one, the additional ones, and those the
	 * entities name.
	 */
	private Set<String> schemas(DatabaseInfo database, SchemaSnapshot expectedSchema) {
		Set<String> named = new LinkedHashSet<>();
		expectedSchema.tables().stream().map(Table::name).map(QualifiedName::schema).forEach(named::add);
		expectedSchema.sequences().stream().map(Sequence::name).map(QualifiedName::schema).forEach(named::add);
		return schemas(database, named);
	}

	private Set<String> schemas(DatabaseInfo database, Collection<? extends @Nullable String> named) {
		Set<String> schemas = new LinkedHashSet<>();
		schemas.add(database.defaultSchema());
		schemas.addAll(this.additionalSchemas);
		for (String schema : named) {
			if (schema != null) {
				schemas.add(schema);
			}
		}
		return schemas;
	}

	/**
	 * Wait for the expected schema no longer than the check's deadline, and fail as the
	 * build failed.
	 */
	private static SchemaSnapshot await(CompletableFuture<SchemaSnapshot> building, CheckDeadline deadline)
			throws SQLException {
		try {
			return building.get(Math.max(0, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			building.cancel(false);
			throw new SQLTimeoutException("The check did not finish within its timeout of "
					+ deadline.timeout().toMillis() + " ms (startup-guard.check-timeout)");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			building.cancel(false);
			throw new IllegalStateException("Interrupted while the expected schema was built", ex);
		}
		catch (CancellationException ex) {
			throw new IllegalStateException("The build of the expected schema was cancelled", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/**
	 * Tell a table the user may not see from a missing one. MariaDB and MySQL show a user
	 * only the tables it has a privilege on: a user granted privileges on single tables
	 * does not see the others, which would otherwise be reported missing.
	 */
	private Findings notVisible(Connection connection, DatabaseInfo database, SchemaSnapshot expectedSchema,
			Findings findings, CheckDeadline deadline) throws SQLException {
		if (findings.stream().noneMatch((finding) -> finding.kind() == FindingKind.MISSING_TABLE)) {
			return findings;
		}
		Map<String, String> schemaOf = new HashMap<>();
		for (Table table : expectedSchema.tables()) {
			String schema = (table.name().schema() != null) ? table.name().schema() : database.defaultSchema();
			String display = schema.equals(database.defaultSchema()) ? table.name().name() : table.name().toString();
			schemaOf.put(display, schema);
		}
		Set<String> partlyVisible = this.reader.partlyVisibleSchemas(connection, database,
				new LinkedHashSet<>(schemaOf.values()), deadline);
		if (partlyVisible.isEmpty()) {
			return findings;
		}
		return Findings.of(findings.stream().map((finding) -> {
			String schema = (finding.table() != null) ? schemaOf.get(finding.table()) : null;
			if (finding.kind() != FindingKind.MISSING_TABLE || schema == null || !partlyVisible.contains(schema)) {
				return finding;
			}
			return Finding.of(FindingKind.TABLE_NOT_VISIBLE, finding.table(), null, "Table " + finding.table()
					+ " is not visible to the application's user, which holds privileges on single tables of " + schema
					+ " only: the table does not exist, or the user has no privilege on it. Either way every load,"
					+ " save and query of it fails. Grant the user what the application does with it (SELECT,"
					+ " INSERT, UPDATE, DELETE), or apply the migration that creates it.", null, null);
		}).toList());
	}

	/**
	 * Report the configured schemas the database does not have, or does not let the user
	 * see: without this their tables would just be absent, and nothing would say why. A
	 * finding, not a start failure: the names can only be checked against a reachable
	 * database.
	 */
	private Findings missingSchemas(Connection connection, DatabaseInfo database, CheckDeadline deadline)
			throws SQLException {
		if (this.additionalSchemas.isEmpty()) {
			return Findings.NONE;
		}
		Set<String> readable = this.reader.visibleSchemas(connection, database, this.additionalSchemas, deadline);
		List<Finding> findings = new ArrayList<>();
		for (String schema : this.additionalSchemas) {
			if (!readable.contains(schema)) {
				findings.add(Finding.of(FindingKind.MISSING_SCHEMA, null, null, "Schema " + schema
						+ " named in startup-guard.schemas does not exist, or the application's user may not see it:"
						+ " none of its tables is checked. Check the name and its case as the database stores it"
						+ " (database " + database.productName() + "), or grant the user a privilege on it (MariaDB"
						+ " and MySQL show a user only the databases it holds one on).", null, null));
			}
		}
		return Findings.of(findings);
	}

	/**
	 * What one comparison found.
	 *
	 * @param schemas the schemas that were read
	 * @param findings the differences
	 */
	public record Drift(List<String> schemas, Findings findings) {

		public Drift {
			schemas = List.copyOf(schemas);
		}

	}

}
