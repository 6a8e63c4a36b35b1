package dev.startupguard.examples.library;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot {@link LibrarySchemaTests} wrote into the build output at work in the
 * application: on a PostgreSQL database its changelog migrated, nothing changed outside
 * the changelog; once an index is dropped by hand, the next start reports it, with the
 * statement that restores it.
 */
class SnapshotAtRunTimeIT {

	private static final String ADMIN_URL = System.getenv()
		.getOrDefault("STARTUP_GUARD_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

	private final String name = "sg_library_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@BeforeEach
	void createDatabase() throws SQLException {
		admin("CREATE DATABASE " + this.name);
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		admin("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	@Test
	void anIndexDroppedByHandIsReportedAtTheNextStart() throws SQLException {
		String url = ADMIN_URL.replaceFirst("/[^/?]+(\\?|$)", "/" + this.name + "$1");
		try (ConfigurableApplicationContext context = LibraryApplicationIT.start(WebApplicationType.NONE, url)) {
			assertThat(liquibase(context).findings().stream().map(Finding::kind))
				.containsOnly(FindingKind.MIGRATION_APPLIED_AT_START);
		}
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP INDEX idx_loan_due_on");
		}
		try (ConfigurableApplicationContext context = LibraryApplicationIT.start(WebApplicationType.NONE, url)) {
			assertThat(liquibase(context).findings().toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHANGED_OUTSIDE_MIGRATIONS);
				assertThat(finding.table()).isEqualTo("loan");
				assertThat(finding.fix()).contains("CREATE INDEX").contains("due_on");
			});
		}
	}

	private static SubjectReport liquibase(ConfigurableApplicationContext context) {
		return LibraryApplicationIT.report(context, Subject.migrationTool("liquibase"));
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
