package dev.startupguard.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import dev.startupguard.report.Findings;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.live.CheckDeadline;
import dev.startupguard.schema.live.LiveSchemaReader;

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
		Thread thread = new Thread(task, "startup-guard-expected-schema");
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
	 * Compare the live schema with what the entities expect.
	 * @param connection an open connection, handed back as it was
	 * @param database what {@link #inspect(Connection, CheckDeadline)} found
	 * @param expected what the entities expect
	 * @param deadline the deadline of the check
	 * @return the schemas that were read and what the comparison found
	 * @throws SQLException if a catalog query fails or times out, or the deadline has
	 * passed
	 */
	public Drift compare(Connection connection, DatabaseInfo database, ExpectedSchemaSource expected,
			CheckDeadline deadline) throws SQLException {
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
			liveSchema = this.reader.read(connection, database, schemas, deadline);
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
		return new Drift(List.copyOf(schemas), compare(database, expectedSchema, liveSchema));
	}

	private Drift compare(Connection connection, DatabaseInfo database, SchemaSnapshot expectedSchema,
			Set<String> schemas, CheckDeadline deadline) throws SQLException {
		SchemaSnapshot liveSchema = this.reader.read(connection, database, schemas, deadline);
		return new Drift(List.copyOf(schemas), compare(database, expectedSchema, liveSchema));
	}

	private Findings compare(DatabaseInfo database, SchemaSnapshot expectedSchema, SchemaSnapshot liveSchema) {
		return new SchemaComparator(database, this.options).compare(expectedSchema, liveSchema);
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
