package dev.startupguard.drift;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.startupguard.testdb.LeastPrivilegeUser;
import dev.startupguard.testdb.TestDatabase;

/**
 * {@link DriftContractIntegrationTests} on MariaDB, checked as a user granted only
 * {@code SELECT} on the database, to whom MariaDB shows no table or referential
 * constraints: the same findings as with full privileges.
 */
class MariaDbLeastPrivilegeDriftContractIntegrationTests extends MariaDbDriftContractIntegrationTests {

	private LeastPrivilegeUser user;

	@BeforeAll
	void createUser() {
		this.user = LeastPrivilegeUser.reader(database());
	}

	@AfterAll
	void dropUser() {
		this.user.close();
	}

	@Override
	DataSource checkDataSource(TestDatabase database) {
		return this.user.dataSource();
	}

}
