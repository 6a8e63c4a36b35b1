package dev.startupguard.test.shop;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.startupguard.drift.DriftOptions;
import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.Table;
import dev.startupguard.snapshot.CapturedSchema;
import dev.startupguard.snapshot.MigrationHistory;
import dev.startupguard.snapshot.SchemaSnapshotFile;
import dev.startupguard.snapshot.SnapshotComparison;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test that writes the schema snapshot: the file is there once the context has started,
 * records what the migration tool applied and what it built, and the guard's run-time
 * comparison finds the database it was taken from unchanged, until a column is added by
 * hand. Each subclass names the tool and the folder.
 */
abstract class SnapshotWritingTests {

	@Autowired
	DataSource dataSource;

	abstract Path snapshotDirectory();

	abstract MigrationHistory liveHistory() throws Exception;

	@Test
	void snapshotOfWhatTheMigrationsBuiltIsWrittenAndComparesWithTheRunTimeCheck() throws Exception {
		CapturedSchema snapshot = SchemaSnapshotFile
			.read(snapshotDirectory().resolve(SchemaSnapshotFile.DEFAULT_LOCATION));
		assertThat(snapshot.schema().tables()).extracting(Table::name)
			.containsExactlyInAnyOrder(new QualifiedName(null, "customer"), new QualifiedName(null, "purchase_order"));
		MigrationHistory live = liveHistory();
		assertThat(snapshot.migrations()).isEqualTo(live);
		SnapshotComparison comparison = new SnapshotComparison(snapshot, "schema-snapshot.json", DriftOptions.DEFAULTS,
				Duration.ofSeconds(30));
		assertThat(comparison.compare(this.dataSource, live).toList()).isEmpty();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE customer ADD COLUMN added_by_hand varchar(10)");
		}
		assertThat(comparison.compare(this.dataSource, live).toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.CHANGED_OUTSIDE_MIGRATIONS);
			assertThat(finding.table()).isEqualTo("customer");
			assertThat(finding.column()).isEqualTo("added_by_hand");
		});
	}

}
