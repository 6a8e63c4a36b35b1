package dev.startupguard.testdb;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of tests that need a scratch database of their own for each test, created before
 * it and dropped after it.
 */
public abstract class ScratchDatabaseTests {

	/**
	 * The test's database.
	 */
	protected TestDatabase database;

	/**
	 * Create the test's database.
	 * @return the database
	 */
	protected abstract TestDatabase createDatabase();

	@BeforeEach
	void openDatabase() {
		this.database = createDatabase();
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

}
