package dev.startupguard.snapshot;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.startupguard.check.CheckErrors;
import dev.startupguard.drift.DriftOptions;
import dev.startupguard.drift.SnapshotComparator;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Findings;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Sequence;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.live.CheckDeadline;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.schema.live.ReadOnlyCatalogSession;

/**
 * The comparison of a live database with the snapshot of what its migrations built, run
 * by the check of the migration tool that knows what the database has applied. Only a
 * database that applied exactly the snapshot's migrations, on the same database family,
 * is compared, with one bulk read of its schema; any other gets one
 * {@link FindingKind#SNAPSHOT_NOT_COMPARED} finding saying why, without a query.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SnapshotComparison {

	private final CapturedSchema snapshot;

	private final String location;

	private final DriftOptions options;

	private final LiveSchemaReader reader;

	/**
	 * Create a comparison.
	 * @param snapshot the snapshot
	 * @param location where the snapshot was read from, for the messages
	 * @param options the tables to leave out ({@code startup-guard.ignore-tables})
	 * @param timeout the time one comparison may take
	 */
	public SnapshotComparison(CapturedSchema snapshot, String location, DriftOptions options, Duration timeout) {
		this.snapshot = snapshot;
		this.location = location;
		this.options = options;
		this.reader = new LiveSchemaReader(timeout, true);
	}

	/**
	 * Return the snapshot.
	 * @return the snapshot
	 */
	public CapturedSchema snapshot() {
		return this.snapshot;
	}

	/**
	 * Compare the database with the snapshot.
	 * @param dataSource the database the migration tool migrates
	 * @param applied what the tool has applied to it
	 * @return the changes made outside the migrations, or why there was no comparison; a
	 * {@link FindingKind#CHECK_ERROR} when the schema could not be read
	 */
	public Findings compare(DataSource dataSource, MigrationHistory applied) {
		String reason = this.snapshot.migrations().differenceFrom(applied);
		if (reason != null) {
			return notCompared(reason);
		}
		try (ReadOnlyCatalogSession session = ReadOnlyCatalogSession.open(dataSource)) {
			CheckDeadline deadline = this.reader.deadline();
			DatabaseInfo database = this.reader.inspect(session.connection(), deadline);
			if (database.family() != this.snapshot.family()) {
				return notCompared("the snapshot was captured on " + this.snapshot.productName() + ", but this database"
						+ " is " + database.productName());
			}
			SchemaSnapshot live = this.reader.read(session.connection(), database, schemas(database), deadline);
			List<String> toolTables = new ArrayList<>(applied.tables());
			toolTables.addAll(this.snapshot.migrations().tables());
			return new SnapshotComparator(database.family(), database.defaultSchema(),
					this.options.withMigrationTables(toolTables))
				.compare(this.snapshot.schema(), SchemaCapture.relativeTo(live, database.defaultSchema()));
		}
		catch (SQLException | RuntimeException ex) {
			return Findings.of(List.of(Finding.of(FindingKind.CHECK_ERROR, null, null,
					"The live schema could not be compared with the schema snapshot " + this.location + ": "
							+ CheckErrors.describe(ex),
					null, null)));
		}
	}

	private Set<String> schemas(DatabaseInfo database) {
		Set<String> schemas = new LinkedHashSet<>();
		schemas.add(database.defaultSchema());
		this.snapshot.schema().tables().stream().map(Table::name).forEach((name) -> {
			if (name.schema() != null) {
				schemas.add(name.schema());
			}
		});
		this.snapshot.schema().sequences().stream().map(Sequence::name).forEach((name) -> {
			if (name.schema() != null) {
				schemas.add(name.schema());
			}
		});
		return schemas;
	}

	private Findings notCompared(String reason) {
		return Findings.of(List.of(Finding.of(FindingKind.SNAPSHOT_NOT_COMPARED, null, null,
				"The live schema was not compared with the schema snapshot " + this.location + ", since " + reason
						+ ". Changes made outside the migrations are reported once the database has applied"
						+ " exactly the migrations the snapshot was captured with.",
				null, null)));
	}

}
