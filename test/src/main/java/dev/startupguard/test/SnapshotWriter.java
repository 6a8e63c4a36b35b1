package dev.startupguard.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.util.ClassUtils;

import dev.startupguard.migration.flyway.FlywayHistory;
import dev.startupguard.migration.liquibase.LiquibaseHistory;
import dev.startupguard.snapshot.CapturedSchema;
import dev.startupguard.snapshot.MigrationHistory;
import dev.startupguard.snapshot.SchemaCapture;
import dev.startupguard.snapshot.SchemaSnapshotFile;
import dev.startupguard.startup.SpringLiquibaseSettings;

/**
 * Writes the schema snapshot of a {@link MigratedSchemaTest @MigratedSchemaTest} that
 * asks for one, once the context is refreshed and so the migrations have run: the schema
 * they built on the scratch database and what the migration tool applied, into the build
 * output where packaging picks it up.
 *
 * @author Startup Guard contributors
 */
class SnapshotWriter implements ApplicationListener<ContextRefreshedEvent> {

	private static final Log logger = LogFactory.getLog(SnapshotWriter.class);

	private static final boolean FLYWAY_PRESENT = ClassUtils.isPresent("org.flywaydb.core.Flyway", null);

	private static final boolean LIQUIBASE_PRESENT = ClassUtils
		.isPresent("liquibase.integration.spring.SpringLiquibase", null);

	private final Path file;

	SnapshotWriter(Path file) {
		this.file = file;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		ApplicationContext context = event.getApplicationContext();
		MigrationHistory history = history(context);
		try {
			CapturedSchema schema = SchemaCapture.capture(context.getBean(DataSource.class), history);
			SchemaSnapshotFile.write(schema, this.file);
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"@MigratedSchemaTest could not write the schema snapshot to " + this.file + ": " + ex.getMessage(),
					ex);
		}
		logger.info("Wrote the schema snapshot of " + history.applied().size() + " " + history.tool()
				+ " migration(s) to " + this.file);
	}

	private static MigrationHistory history(ApplicationContext context) {
		List<String> tools = new ArrayList<>();
		List<MigrationHistory> histories = new ArrayList<>();
		if (FLYWAY_PRESENT) {
			Flyways.histories(context, tools, histories);
		}
		if (LIQUIBASE_PRESENT) {
			Liquibases.histories(context, tools, histories);
		}
		if (histories.size() != 1) {
			throw new IllegalStateException("@MigratedSchemaTest(writeSnapshot = true) needs exactly one Flyway or"
					+ " Liquibase bean to know which migrations the snapshot was taken after, and found "
					+ (tools.isEmpty() ? "none" : String.join(", ", tools)) + ". A snapshot describes the migrations"
					+ " of one tool: leave writeSnapshot off, or exclude the other tools' auto-configuration with"
					+ " excludeAutoConfiguration.");
		}
		return histories.get(0);
	}

	/**
	 * Resolve where the snapshot goes: under the given folder, or the build's output
	 * folder of main resources when none is given.
	 * @param directory the folder the annotation names, or empty
	 * @return the snapshot's file
	 */
	static Path file(String directory) {
		Path root = directory.isBlank() ? buildOutput() : Path.of(directory);
		return root.resolve(SchemaSnapshotFile.DEFAULT_LOCATION);
	}

	private static Path buildOutput() {
		if (Files.exists(Path.of("pom.xml"))) {
			return Path.of("target", "classes");
		}
		if (Files.exists(Path.of("build.gradle")) || Files.exists(Path.of("build.gradle.kts"))) {
			return Path.of("build", "resources", "main");
		}
		throw new IllegalStateException("@MigratedSchemaTest(writeSnapshot = true) cannot tell the build's output"
				+ " folder: the working directory " + Path.of("").toAbsolutePath() + " has neither pom.xml nor"
				+ " build.gradle. Name the folder whose contents are packaged with the application, with"
				+ " @MigratedSchemaTest(snapshotDirectory = \"...\").");
	}

	/**
	 * The Flyway beans, in a class of their own so that Flyway is loaded only when
	 * present.
	 */
	private static final class Flyways {

		static void histories(ApplicationContext context, List<String> tools, List<MigrationHistory> histories) {
			for (Map.Entry<String, Flyway> flyway : context.getBeansOfType(Flyway.class).entrySet()) {
				tools.add("Flyway bean '" + flyway.getKey() + "'");
				histories.add(FlywayHistory.of(flyway.getValue()));
			}
		}

	}

	/**
	 * The Liquibase beans, in a class of their own so that Liquibase is loaded only when
	 * present.
	 */
	private static final class Liquibases {

		static void histories(ApplicationContext context, List<String> tools, List<MigrationHistory> histories) {
			for (Map.Entry<String, SpringLiquibase> liquibase : context.getBeansOfType(SpringLiquibase.class)
				.entrySet()) {
				tools.add("Liquibase bean '" + liquibase.getKey() + "'");
				try {
					histories.add(LiquibaseHistory.of(SpringLiquibaseSettings.of(liquibase.getValue())));
				}
				catch (Exception ex) {
					throw new IllegalStateException("Could not read what Liquibase bean '" + liquibase.getKey()
							+ "' applied: " + ex.getMessage(), ex);
				}
			}
		}

	}

}
