package dev.startupguard.testdb;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.io.TempDir;

import dev.startupguard.migration.liquibase.LiquibaseSettings;

/**
 * Base of the Liquibase tests: a scratch database of its own for each test, a folder of
 * changelogs, and a real Liquibase on both with which the test (never the guard) brings
 * the database into the state it needs.
 */
public abstract class LiquibaseDatabaseTests extends ScratchDatabaseTests {

	/**
	 * The changelog the tests update with and the guard reads, unless a test says
	 * otherwise.
	 */
	protected static final String CHANGE_LOG = "changelog.xml";

	/**
	 * The folder of the test's changelogs.
	 */
	@TempDir
	protected Path changeLogs;

	/**
	 * Write a changelog into the changelogs folder.
	 * @param name the file's name
	 * @param text its text
	 * @throws IOException when it cannot be written
	 */
	protected void changeLog(String name, String text) throws IOException {
		Files.writeString(this.changeLogs.resolve(name), text);
	}

	/**
	 * Write an XML changelog of the given changesets as {@link #CHANGE_LOG}.
	 * @param changeSets the changesets' XML
	 * @throws IOException when it cannot be written
	 */
	protected void xmlChangeLog(String... changeSets) throws IOException {
		changeLog(CHANGE_LOG, xml(changeSets));
	}

	/**
	 * Return an XML changelog of the given changesets.
	 * @param changeSets the changesets' XML
	 * @return the changelog
	 */
	protected static String xml(String... changeSets) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
				        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
				""" + String.join("\n", changeSets) + "\n</databaseChangeLog>\n";
	}

	/**
	 * Update the test's database with a changelog, as the application's Liquibase would.
	 * @param changeLog the changelog's name in the folder
	 * @param contexts the contexts, {@code null} for none
	 * @throws Exception when the update fails
	 */
	protected void update(String changeLog, String contexts) throws Exception {
		try (Connection connection = this.database.dataSource().getConnection()) {
			Database target = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Liquibase liquibase = new Liquibase(changeLog, resources(), target);
			liquibase.update(new Contexts(contexts), new LabelExpression());
		}
	}

	/**
	 * Update the test's database with {@link #CHANGE_LOG}.
	 * @throws Exception when the update fails
	 */
	protected void update() throws Exception {
		update(CHANGE_LOG, null);
	}

	/**
	 * Return what the guard reads for {@link #CHANGE_LOG} on the test's database.
	 * @return the settings
	 */
	protected LiquibaseSettings settings() {
		return settings(CHANGE_LOG, null, this.database.dataSource());
	}

	/**
	 * Return what the guard reads for a changelog.
	 * @param changeLog the changelog's name in the folder
	 * @param contexts the contexts, {@code null} for none
	 * @param dataSource the database to read
	 * @return the settings
	 */
	protected LiquibaseSettings settings(String changeLog, String contexts, DataSource dataSource) {
		return new LiquibaseSettings(changeLog, this::resources, dataSource, contexts, null, null, null, null, null,
				Map.of(), null);
	}

	/**
	 * Return the accessor through which the test's Liquibase and the guard read the
	 * changelogs.
	 * @return the accessor, on the changelogs folder unless a test says otherwise
	 */
	protected ResourceAccessor resources() {
		try {
			return new DirectoryResourceAccessor(this.changeLogs);
		}
		catch (FileNotFoundException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
