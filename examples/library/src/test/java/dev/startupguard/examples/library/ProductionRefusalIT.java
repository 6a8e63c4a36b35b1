package dev.startupguard.examples.library;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.startup.DestructiveMigrationRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The next release's changelog ({@code db/changelog/drop-member-phone.yaml}, a test
 * resource) drops {@code member.phone}. A production start against a database that the
 * current release migrated, with members' phone numbers in it, is refused before
 * Liquibase applies anything.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionRefusalIT {

	private final String url = LibraryApplicationIT.database();

	@AfterEach
	void dropDatabase() throws SQLException {
		execute("SHUTDOWN");
	}

	@Test
	void pendingDropColumnIsRefusedInProduction(CapturedOutput output) throws SQLException {
		LibraryApplicationIT.start(WebApplicationType.NONE, this.url).close();
		execute("INSERT INTO member (email, name, phone) VALUES ('ada@example.com', 'Ada', '+44 20 7946 0018')",
				"INSERT INTO member (email, name, phone) VALUES ('grace@example.com', 'Grace', '+1 202 555 0164')");
		assertThatException()
			.isThrownBy(
					() -> LibraryApplicationIT.start(WebApplicationType.NONE, this.url, "--spring.profiles.active=prod",
							"--spring.liquibase.change-log=classpath:db/changelog/drop-member-phone.yaml"))
			.havingRootCause()
			.isInstanceOf(DestructiveMigrationRefusedException.class);
		assertThat(output)
			.contains("Migration tool 'liquibase' was about to apply destructive statements in production")
			.containsPattern("- Changeset 7-drop-member-phone by library-team \\([^)]*\\), statement 1: ALTER TABLE"
					+ " \\S*member\\S* DROP")
			.contains("startup-guard.migrations.acknowledged-destructive=7-drop-member-phone");
		assertThat(rows("SELECT email, phone FROM member ORDER BY id"))
			.containsExactly("ada@example.com|+44 20 7946 0018", "grace@example.com|+1 202 555 0164");
		assertThat(rows("SELECT id FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"))
			.containsExactlyElementsOf(LibraryApplicationIT.CHANGE_SETS);
	}

	private void execute(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url, "sa", "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private List<String> rows(String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					values.add(result.getString(i));
				}
				rows.add(String.join("|", values));
			}
		}
		return rows;
	}

}
