package dev.startupguard.snapshot;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;

import dev.startupguard.drift.DriftOptions;
import dev.startupguard.migration.liquibase.LiquibaseHistory;
import dev.startupguard.migration.liquibase.LiquibaseMigrationCheck;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.testdb.LiquibaseDatabaseTests;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot of what a real Liquibase changelog built on one PostgreSQL database,
 * compared with another database the same changelog built.
 */
class PostgresLiquibaseSnapshotComparisonIntegrationTests extends LiquibaseDatabaseTests {

	static final String CUSTOMER = """
			<changeSet id="customer" author="ada">
			  <createTable tableName="customer">
			    <column name="id" type="bigint"><constraints primaryKey="true"/></column>
			    <column name="name" type="varchar(80)"><constraints nullable="false"/></column>
			  </createTable>
			  <createIndex tableName="customer" indexName="idx_customer_name"><column name="name"/></createIndex>
			</changeSet>""";

	static final String TIER = """
			<changeSet id="tier" author="ada">
			  <addColumn tableName="customer"><column name="tier" type="varchar(20)"/></addColumn>
			</changeSet>""";

	@Override
	protected TestDatabase createDatabase() {
		return TestDatabase.postgres("lbsnapshot");
	}

	@Test
	void unchangedDatabaseHasNoFindingAndADroppedIndexHasOne() throws Exception {
		xmlChangeLog(CUSTOMER, TIER);
		CapturedSchema captured = captureOnOtherDatabase();
		assertThat(captured.migrations().tool()).isEqualTo("liquibase");
		assertThat(captured.migrations().applied()).extracting(AppliedMigration::id)
			.containsExactly("changelog.xml::customer::ada", "changelog.xml::tier::ada");
		update();
		assertThat(check(captured)).isEmpty();
		this.database.execute("DROP INDEX idx_customer_name");
		assertThat(check(captured)).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.CHANGED_OUTSIDE_MIGRATIONS);
			assertThat(finding.table()).isEqualTo("customer");
			assertThat(finding.column()).isEqualTo("name");
			assertThat(finding.message())
				.startsWith("Index customer(name) that the migrations created is gone: queries filtering by name"
						+ " scan the table.");
		});
	}

	@Test
	void databaseWithAPendingChangeSetIsNotCompared() throws Exception {
		xmlChangeLog(CUSTOMER, TIER);
		CapturedSchema captured = captureOnOtherDatabase();
		xmlChangeLog(CUSTOMER);
		update();
		xmlChangeLog(CUSTOMER, TIER);
		assertThat(check(captured)).extracting(Finding::kind)
			.containsExactlyInAnyOrder(FindingKind.MIGRATION_PENDING, FindingKind.SNAPSHOT_NOT_COMPARED);
	}

	private List<Finding> check(CapturedSchema captured) {
		SnapshotComparison comparison = new SnapshotComparison(captured, "snapshot.json", DriftOptions.DEFAULTS,
				Duration.ofSeconds(30));
		return new LiquibaseMigrationCheck("liquibase", settings(), null).comparingWith(comparison)
			.run()
			.findings()
			.toList();
	}

	private CapturedSchema captureOnOtherDatabase() throws Exception {
		try (TestDatabase other = TestDatabase.postgres("lbsnapother");
				Connection connection = other.dataSource().getConnection()) {
			Database target = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Liquibase liquibase = new Liquibase(CHANGE_LOG, resources(), target);
			liquibase.update(new Contexts(), new LabelExpression());
			CapturedSchema captured = SchemaCapture.capture(connection, LiquibaseHistory.of(liquibase));
			return SchemaSnapshotFile.parse(SchemaSnapshotFile.toJson(captured));
		}
	}

}
