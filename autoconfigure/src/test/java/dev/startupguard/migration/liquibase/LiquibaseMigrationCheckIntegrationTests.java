package dev.startupguard.migration.liquibase;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.startupguard.migration.MigrationsAtStart;
import dev.startupguard.migration.PendingMigration;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;
import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.LiquibaseDatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of a Liquibase changelog on a real database, each state produced for real by
 * Liquibase itself. Run on every database by a subclass.
 */
abstract class LiquibaseMigrationCheckIntegrationTests extends LiquibaseDatabaseTests {

	static final String CUSTOMER = """
			<changeSet id="create-customer" author="ada">
			    <createTable tableName="customer">
			        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
			        <column name="name" type="varchar(80)"><constraints nullable="false"/></column>
			        <column name="note" type="varchar(200)"/>
			    </createTable>
			</changeSet>""";

	static final String ADD_TIER = """
			<changeSet id="add-tier" author="grace">
			    <addColumn tableName="customer"><column name="tier" type="varchar(20)"/></addColumn>
			</changeSet>""";

	static final String DROP_NOTE = """
			<changeSet id="drop-note" author="grace">
			    <comment>the note moved to its own table</comment>
			    <dropColumn tableName="customer" columnName="note"/>
			</changeSet>""";

	@Test
	void pendingChangesetThatNothingAppliesIsAnError() throws Exception {
		xmlChangeLog(CUSTOMER);
		update();
		xmlChangeLog(CUSTOMER, ADD_TIER);
		SubjectReport report = check();
		assertThat(report.subject().kind()).isEqualTo(SubjectKind.MIGRATION_TOOL);
		assertThat(report.details()).containsEntry("tool", "liquibase")
			.containsEntry("historyTable", "DATABASECHANGELOG")
			.containsEntry("changeLog", CHANGE_LOG)
			.containsEntry("currentVersion", "create-customer by ada (changelog.xml)")
			.containsEntry("latestVersion", "add-tier by grace (changelog.xml)");
		assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_PENDING);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.table()).isEqualTo("DATABASECHANGELOG");
			assertThat(finding.message()).startsWith("Changeset add-tier by grace (changelog.xml) is pending")
				.contains("nothing applies it at this start");
		});
	}

	@Test
	void changesetsAppliedAtThisStartAreReportedWithTheirLint() throws Exception {
		xmlChangeLog(CUSTOMER);
		update();
		xmlChangeLog(CUSTOMER, DROP_NOTE);
		LiquibaseMigrationCheck check = new LiquibaseMigrationCheck("liquibase", settings(), null);
		MigrationsAtStart before = check.beforeUpdate();
		assertThat(before.pending()).extracting(PendingMigration::name)
			.containsExactly("drop-note by grace (changelog.xml)");
		assertThat(before.pending().get(0).version()).isEqualTo("drop-note");
		assertThat(before.unacknowledged(List.of())).singleElement()
			.satisfies((refused) -> assertThat(refused.statement().sql()).containsIgnoringCase("DROP COLUMN"));
		assertThat(before.unacknowledged(List.of("drop-note"))).isEmpty();
		update();
		SubjectReport report = check.updatedAtStart(before).run();
		assertThat(report.details()).containsEntry("currentVersion", "drop-note by grace (changelog.xml)");
		assertThat(kinds(report)).containsExactly(FindingKind.MIGRATION_LINT, FindingKind.MIGRATION_APPLIED_AT_START);
		assertThat(report.findings().toList().get(1).message())
			.isEqualTo("Changeset drop-note by grace (changelog.xml) was pending when the application started;"
					+ " Liquibase applied it at this start, before the application used the database.");
		assertThat(report.findings().toList().get(0).message())
			.startsWith("Changeset drop-note by grace (changelog.xml) statement 1 is DESTRUCTIVE: ")
			.contains("(drop-column: ");
	}

	@Test
	void anUpdateToATagAppliesNothingPastIt() throws Exception {
		xmlChangeLog(CUSTOMER);
		update();
		xmlChangeLog(CUSTOMER, ADD_TIER,
				"<changeSet id=\"release-2\" author=\"grace\"><tagDatabase tag=\"release-2\"/></changeSet>", DROP_NOTE);
		LiquibaseSettings untagged = settings();
		LiquibaseSettings tagged = new LiquibaseSettings(untagged.changeLog(), untagged.resources(),
				untagged.dataSource(), null, null, null, null, null, null, Map.of(), "release-2");
		MigrationsAtStart before = new LiquibaseMigrationCheck("liquibase", tagged, null).beforeUpdate();
		assertThat(before.pending()).extracting(PendingMigration::version).containsExactly("add-tier", "release-2");
		assertThat(before.unacknowledged(List.of())).isEmpty();
	}

	@Test
	void aFreshDatabaseHasEveryChangesetPendingAndTheCheckCreatesNothing() throws Exception {
		xmlChangeLog(CUSTOMER, ADD_TIER);
		SubjectReport report = check();
		assertThat(kinds(report)).containsExactly(FindingKind.MIGRATION_PENDING, FindingKind.MIGRATION_PENDING);
		assertThat(report.details()).containsEntry("currentVersion", "none");
		assertThat(tables()).isEmpty();
	}

	@Test
	void tablesCreatedByAnEarlierPendingChangesetAreNewToTheLaterOnes() throws Exception {
		xmlChangeLog(CUSTOMER, """
				<changeSet id="require-note" author="grace">
				    <addNotNullConstraint tableName="customer" columnName="note" columnDataType="varchar(200)"/>
				</changeSet>""");
		assertThat(kinds(check())).containsExactly(FindingKind.MIGRATION_PENDING, FindingKind.MIGRATION_PENDING);
	}

	@Test
	void editedAppliedChangesetIsAChecksumMismatchUnlessItMayChange() throws Exception {
		xmlChangeLog(CUSTOMER);
		update();
		xmlChangeLog(CUSTOMER.replace("varchar(200)", "varchar(400)"));
		assertThat(check().findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_CHECKSUM_MISMATCH);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).startsWith("Changeset changelog.xml::create-customer::ada: checksum 9:")
				.contains("It was edited after it ran")
				.contains("<validCheckSum>");
		});
		xmlChangeLog(CUSTOMER.replace("varchar(200)", "varchar(400)")
			.replace("<createTable", "<validCheckSum>ANY</validCheckSum>\n    <createTable"));
		assertThat(check().findings().toList()).isEmpty();
		xmlChangeLog(CUSTOMER.replace("varchar(200)", "varchar(400)")
			.replace("author=\"ada\"", "author=\"ada\" runOnChange=\"true\""));
		assertThat(check().findings().toList()).first().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_PENDING);
			assertThat(finding.message())
				.startsWith("Changeset create-customer by ada (changelog.xml) was edited after it ran and runs again");
		});
	}

	@Test
	void appliedChangesetTheChangelogNoLongerHasIsMissingLocally() throws Exception {
		xmlChangeLog(CUSTOMER, ADD_TIER);
		update();
		xmlChangeLog(CUSTOMER);
		assertThat(check().findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_MISSING_LOCALLY);
			assertThat(finding.message()).startsWith("Changeset add-tier by grace (changelog.xml) was applied to the"
					+ " database, but this code's changelog no longer has it");
		});
	}

	@Test
	void heldLockSaysHowToReleaseItSafely() throws Exception {
		xmlChangeLog(CUSTOMER);
		update();
		this.database.execute("UPDATE DATABASECHANGELOGLOCK SET LOCKED = " + lockedValue()
				+ ", LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'deploy-7 (10.0.0.7)' WHERE ID = 1");
		assertThat(check().findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.MIGRATION_LOCK_HELD);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.table()).isEqualTo("DATABASECHANGELOGLOCK");
			assertThat(finding.message()).startsWith("DATABASECHANGELOGLOCK is locked since ")
				.contains("by deploy-7 (10.0.0.7)")
				.contains("liquibase release-locks")
				.contains("Releasing a lock a running migration holds lets two migrations run at once");
		});
		assertThat(this.database.rows("SELECT LOCKEDBY FROM DATABASECHANGELOGLOCK"))
			.containsExactly("deploy-7 (10.0.0.7)");
	}

	@Test
	void pendingChangesetWhosePreconditionHaltsIsReported() throws Exception {
		xmlChangeLog(CUSTOMER);
		update();
		xmlChangeLog(CUSTOMER, """
				<changeSet id="rename-legacy" author="grace">
				    <preConditions onFail="HALT"><tableExists tableName="legacy_customer"/></preConditions>
				    <renameTable oldTableName="legacy_customer" newTableName="old_customer"/>
				</changeSet>""", """
				<changeSet id="skip-when-absent" author="grace">
				    <preConditions onFail="MARK_RAN"><tableExists tableName="legacy_customer"/></preConditions>
				    <dropTable tableName="legacy_customer"/>
				</changeSet>""");
		List<Finding> preconditions = check().findings()
			.stream()
			.filter((finding) -> finding.kind() == FindingKind.MIGRATION_PRECONDITION_FAILED)
			.toList();
		assertThat(preconditions).singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.startsWith("The precondition of pending changeset rename-legacy by grace (changelog.xml) fails: ")
				.contains("Liquibase stops the update there"));
	}

	@Test
	void contextsAndLabelsSelectTheChangesetsAsTheApplicationsLiquibaseWould() throws Exception {
		xmlChangeLog(CUSTOMER, """
				<changeSet id="test-data" author="grace" context="test">
				    <insert tableName="customer"><column name="id" value="1"/><column name="name" value="Ada"/></insert>
				</changeSet>""");
		update(CHANGE_LOG, "prod");
		assertThat(
				new LiquibaseMigrationCheck("liquibase", settings(CHANGE_LOG, "prod", this.database.dataSource()), null)
					.run()
					.findings()
					.toList())
			.isEmpty();
		assertThat(kinds(
				new LiquibaseMigrationCheck("liquibase", settings(CHANGE_LOG, "test", this.database.dataSource()), null)
					.run()))
			.containsExactly(FindingKind.MIGRATION_PENDING);
	}

	@Test
	void changelogThatCannotBeReadIsACheckError() throws Exception {
		SubjectReport report = check();
		assertThat(report.findings().toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
			assertThat(finding.message()).startsWith("The changelog could not be read, so its state is unknown: ")
				.contains(CHANGE_LOG);
		});
	}

	@Test
	void aReadOnlyUserSeesWhatTheOwnerSeesAndTakesNoLock() throws Exception {
		xmlChangeLog(CUSTOMER);
		update();
		xmlChangeLog(CUSTOMER, ADD_TIER, DROP_NOTE);
		List<String> owner = messages(check());
		assertThat(owner).hasSize(3);
		try (LeastPrivilegeUser reader = reader()) {
			assertThat(messages(
					new LiquibaseMigrationCheck("liquibase", settings(CHANGE_LOG, null, reader.dataSource()), null)
						.run()))
				.isEqualTo(owner);
		}
		assertThat(this.database.rows("SELECT LOCKED, LOCKEDBY FROM DATABASECHANGELOGLOCK"))
			.containsExactly(unlockedValue() + "|null");
	}

	@Test
	void aReadOnlyUserReadsAFreshDatabase() throws Exception {
		xmlChangeLog(CUSTOMER, ADD_TIER);
		try (LeastPrivilegeUser reader = reader()) {
			assertThat(kinds(
					new LiquibaseMigrationCheck("liquibase", settings(CHANGE_LOG, null, reader.dataSource()), null)
						.run()))
				.containsExactly(FindingKind.MIGRATION_PENDING, FindingKind.MIGRATION_PENDING);
		}
	}

	abstract LeastPrivilegeUser reader();

	abstract String lockedValue();

	abstract String unlockedValue();

	static List<String> messages(SubjectReport report) {
		return report.findings().stream().map((finding) -> finding.kind() + " " + finding.message()).toList();
	}

	SubjectReport check() {
		return new LiquibaseMigrationCheck("liquibase", settings(), null).run();
	}

	static List<FindingKind> kinds(SubjectReport report) {
		return report.findings().stream().map(Finding::kind).toList();
	}

	List<String> tables() {
		return this.database.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = "
				+ (this.database.family() == dev.startupguard.schema.DatabaseFamily.MYSQL ? "DATABASE()"
						: "current_schema()"));
	}

}
