package dev.startupguard.drift;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.startupguard.check.PersistenceUnitCheck;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.Column;
import dev.startupguard.schema.ColumnTypes;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.DatabaseInfo;
import dev.startupguard.schema.ExpectedSchemaSource;
import dev.startupguard.schema.QualifiedName;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Table;
import dev.startupguard.schema.live.LiveSchemaReader;
import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A user that may use only part of what the entities map: never a false
 * {@code MISSING_TABLE}. PostgreSQL shows every table in {@code pg_catalog} whatever the
 * role's privileges, so a role without {@code SELECT} on a table or {@code USAGE} on a
 * schema gets the same findings as the owner; MariaDB hides the tables a user holds no
 * privilege on, so a user granted single tables gets {@code TABLE_NOT_VISIBLE} for the
 * others, which says it cannot tell a missing table from a hidden one.
 */
class PartialVisibilityIntegrationTests {

	@Test
	void postgresRoleWithoutPrivilegeOnATableOrASchemaGetsTheOwnersFindings() {
		try (TestDatabase database = TestDatabase.postgres("partial")) {
			String role = "sg_partial_" + Long.toHexString(System.nanoTime());
			database.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80))",
					"CREATE TABLE secret (id bigint PRIMARY KEY, name varchar(80))", "CREATE SCHEMA vault",
					"CREATE TABLE vault.entry (id bigint PRIMARY KEY, name varchar(80))",
					"CREATE ROLE " + role + " LOGIN PASSWORD 'pw'",
					"GRANT CONNECT ON DATABASE " + database.name() + " TO " + role,
					"GRANT USAGE ON SCHEMA public TO " + role, "GRANT SELECT ON customer TO " + role);
			try {
				DataSource partial = database.dataSource(role, "pw");
				assertThat(findings(database.dataSource(), "vault")).isEmpty();
				assertThat(findings(partial, "vault")).isEmpty();
				database.execute("ALTER TABLE secret DROP COLUMN name", "ALTER TABLE vault.entry DROP COLUMN name");
				List<Finding> owners = findings(database.dataSource(), "vault");
				assertThat(owners).extracting(Finding::kind, Finding::table, Finding::column)
					.containsExactlyInAnyOrder(tuple(FindingKind.MISSING_COLUMN, "secret", "name"),
							tuple(FindingKind.MISSING_COLUMN, "vault.entry", "name"));
				assertThat(findings(partial, "vault")).isEqualTo(owners);
			}
			finally {
				database.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
			}
		}
	}

	@Test
	void mariaDbUserGrantedSingleTablesGetsTableNotVisibleNeverAFalseMissingTable() {
		try (TestDatabase database = TestDatabase.mariadb("partial")) {
			String user = "sg_partial_" + Long.toHexString(System.nanoTime());
			// entry does not exist; secret does, but the user holds no privilege on it
			database.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80))",
					"CREATE TABLE secret (id bigint PRIMARY KEY, name varchar(80))",
					"CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw'",
					"GRANT SELECT ON " + database.name() + ".customer TO '" + user + "'@'%'");
			try (LeastPrivilegeUser reader = LeastPrivilegeUser.reader(database)) {
				List<Finding> owners = findings(database.dataSource(), null);
				assertThat(owners).extracting(Finding::kind, Finding::table)
					.containsExactly(tuple(FindingKind.MISSING_TABLE, "entry"));
				// SELECT on the whole database: every table is visible, so missing is
				// missing
				assertThat(findings(reader.dataSource(), null)).isEqualTo(owners);
				List<Finding> partial = findings(database.dataSource(user, "pw"), null);
				assertThat(partial).extracting(Finding::kind, Finding::table)
					.containsExactlyInAnyOrder(tuple(FindingKind.TABLE_NOT_VISIBLE, "entry"),
							tuple(FindingKind.TABLE_NOT_VISIBLE, "secret"));
				assertThat(partial.get(0).message()).contains("is not visible to the application's user")
					.contains("does not exist, or the user has no privilege on it");
			}
			finally {
				database.execute("DROP USER '" + user + "'@'%'");
			}
		}
	}

	private static List<Finding> findings(DataSource dataSource, String schema) {
		return new PersistenceUnitCheck("partial", dataSource, expected(),
				new DriftCheck(new LiveSchemaReader(Duration.ofSeconds(10)), DriftOptions.DEFAULTS,
						(schema != null) ? List.of(schema) : List.of()))
			.run()
			.findings()
			.toList();
	}

	private static ExpectedSchemaSource expected() {
		return (database) -> new SchemaSnapshot(List.of(table(database, database.defaultSchema(), "customer"),
				table(database, database.defaultSchema(), "secret"),
				table(database, (database.family() == DatabaseFamily.POSTGRESQL) ? "vault" : database.defaultSchema(),
						"entry")),
				List.of());
	}

	private static Table table(DatabaseInfo database, String schema, String name) {
		return new Table(new QualifiedName(schema, name),
				List.of(new Column("id", ColumnTypes.parse("bigint", database.family()), false, false),
						new Column("name", ColumnTypes.parse("varchar(80)", database.family()), true, false)),
				null, List.of(), List.of(), List.of());
	}

}
