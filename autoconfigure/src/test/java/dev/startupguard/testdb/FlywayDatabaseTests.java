package dev.startupguard.testdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the Flyway tests: a scratch database of its own for each test, a folder of
 * migration scripts, and a Flyway on both with which the test (never the guard) brings
 * the database into the state it needs.
 */
public abstract class FlywayDatabaseTests extends ScratchDatabaseTests {

	/**
	 * The folder of the test's migration scripts.
	 */
	@TempDir
	protected Path scripts;

	/**
	 * Write a migration script into the scripts folder.
	 * @param name the script's file name
	 * @param sql its text
	 * @throws IOException when it cannot be written
	 */
	protected void script(String name, String sql) throws IOException {
		Files.writeString(this.scripts.resolve(name), sql);
	}

	/**
	 * Return a Flyway on the test's database and scripts folder.
	 * @return the Flyway
	 */
	protected Flyway flyway() {
		return flyway(UnaryOperator.identity());
	}

	/**
	 * Return a Flyway on the test's database and scripts folder, configured further.
	 * @param customizer what to configure besides the data source and location
	 * @return the Flyway
	 */
	protected Flyway flyway(UnaryOperator<FluentConfiguration> customizer) {
		return customizer
			.apply(Flyway.configure()
				.dataSource(this.database.dataSource())
				.locations("filesystem:" + this.scripts)
				.cleanDisabled(true))
			.load();
	}

}
