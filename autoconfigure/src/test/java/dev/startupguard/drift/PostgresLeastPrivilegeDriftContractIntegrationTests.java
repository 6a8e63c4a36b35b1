package dev.startupguard.drift;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.startupguard.report.FindingKind;
import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DriftContractIntegrationTests} on PostgreSQL, checked as a role with only
 * {@code CONNECT}, {@code USAGE} on the schema and {@code SELECT} on its tables: the same
 * findings as with full privileges, and a catalog table it may not read is a check error,
 * never a finding.
 */
class PostgresLeastPrivilegeDriftContractIntegrationTests extends PostgresDriftContractIntegrationTests {

	private LeastPrivilegeUser user;

	/**
	 * Create the role the check runs as.
	 * @param database the scratch database
	 * @return the role
	 */
	LeastPrivilegeUser newUser(TestDatabase database) {
		return LeastPrivilegeUser.reader(database);
	}

	@BeforeAll
	void createUser() {
		this.user = newUser(database());
	}

	@AfterAll
	void dropUser() {
		this.user.close();
	}

	// after the contract's, which drops the schema with the role's grants on it
	@BeforeEach
	void grantOnSchema() {
		this.user.grantOnSchema();
	}

	@Test
	void catalogTheRoleMayNotReadIsACheckErrorThatNamesIt() {
		database().execute("REVOKE SELECT ON pg_catalog.pg_constraint FROM PUBLIC");
		try {
			assertThat(check().findings().toList()).singleElement().satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.CHECK_ERROR);
				assertThat(finding.message()).contains("permission denied", "pg_constraint");
			});
		}
		finally {
			database().execute("GRANT SELECT ON pg_catalog.pg_constraint TO PUBLIC");
		}
	}

	@Override
	DataSource checkDataSource(TestDatabase database) {
		return this.user.dataSource();
	}

}
