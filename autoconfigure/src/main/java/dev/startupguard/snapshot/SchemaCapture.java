package dev.startupguard.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ForeignKey;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.schema.live.ReadOnlyCatalogSession;

/**
 * Captures the schema a migration tool built, for a snapshot file: reads the default
 * schema of a freshly migrated database with the guard's own live reader, the reader that
 * reads the live schema at run time, and names its objects without that schema.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SchemaCapture {

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	private SchemaCapture() {
	}

	/**
	 * Capture the schema of the data source's database, in a read-only transaction.
	 * @param dataSource the freshly migrated database
	 * @param migrations what the migration tool applied to it, such as
	 * {@code FlywayHistory.of(flyway)} or {@code LiquibaseHistory.of(liquibase)}
	 * @return the captured schema
	 * @throws SQLException if the catalog cannot be read
	 */
	public static CapturedSchema capture(DataSource dataSource, MigrationHistory migrations) throws SQLException {
		try (ReadOnlyCatalogSession session = ReadOnlyCatalogSession.open(dataSource)) {
			return capture(session.connection(), migrations);
		}
	}

	/**
	 * Capture the schema of the connection's database, on the connection as it is.
	 * @param connection an open connection to the freshly migrated database
	 * @param migrations what the migration tool applied to it
	 * @return the captured schema
	 * @throws SQLException if the catalog cannot be read
	 */
	public static CapturedSchema capture(Connection connection, MigrationHistory migrations) throws SQLException {
		LiveSchemaReader reader = new LiveSchemaReader(TIMEOUT, true);
		DatabaseInfo database = reader.inspect(connection);
		SchemaSnapshot schema = reader.read(connection, database, List.of(database.defaultSchema()));
		Set<String> toolTables = migrations.tables()
			.stream()
			.map((table) -> table.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<Table> tables = relativeTo(schema, database.defaultSchema()).tables()
			.stream()
			.filter((table) -> !toolTables.contains(table.name().name().toLowerCase(Locale.ROOT)))
			.toList();
		SchemaSnapshot captured = new SchemaSnapshot(tables, relativeTo(schema, database.defaultSchema()).sequences(),
				schema.sequencesRead());
		return new CapturedSchema(database.family(), database.productName(), database.productVersion(), migrations,
				captured);
	}

	/**
	 * Return the snapshot with the objects of the default schema named without a schema,
	 * references included.
	 * @param schema the snapshot as the live reader read it
	 * @param defaultSchema the connection's default schema
	 * @return the snapshot with names relative to the default schema
	 */
	public static SchemaSnapshot relativeTo(SchemaSnapshot schema, String defaultSchema) {
		List<Table> tables = schema.tables()
			.stream()
			.map((table) -> new Table(relative(table.name(), defaultSchema), table.columns(), table.primaryKey(),
					table.uniqueKeys(),
					table.foreignKeys()
						.stream()
						.map((key) -> new ForeignKey(key.name(), key.columns(),
								relative(key.referencedTable(), defaultSchema), key.referencedColumns()))
						.toList(),
					table.indexes()))
			.toList();
		List<Sequence> sequences = schema.sequences()
			.stream()
			.map((sequence) -> new Sequence(relative(sequence.name(), defaultSchema), sequence.increment()))
			.toList();
		return new SchemaSnapshot(tables, sequences, schema.sequencesRead());
	}

	private static QualifiedName relative(QualifiedName name, String defaultSchema) {
		@Nullable String schema = defaultSchema.equals(name.schema()) ? null : name.schema();
		return new QualifiedName(schema, name.name());
	}

}
