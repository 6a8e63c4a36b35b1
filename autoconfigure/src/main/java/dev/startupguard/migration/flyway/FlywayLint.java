package dev.startupguard.migration.flyway;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;

import dev.startupguard.migration.LintAvailability;
import dev.startupguard.migration.MigrationLintFindings;
import dev.startupguard.migration.PendingMigration;
import dev.startupguard.migration.lint.LintReport;
import dev.startupguard.migration.lint.MigrationLinter;
import dev.startupguard.migration.lint.NotLintedStatement;
import dev.startupguard.report.Finding;
import dev.startupguard.schema.DatabaseFamily;

/**
 * Lints the pending migrations of a Flyway bean: each SQL script, read as Flyway runs it,
 * goes through the {@link MigrationLinter} of the database's family; a Java migration, a
 * script no location has, and every statement the parser cannot read are reported as not
 * linted.
 *
 * @author Startup Guard contributors
 */
final class FlywayLint {

	private final FlywayScripts scripts;

	private final DatabaseFamily family;

	private final String table;

	private final boolean parserPresent;

	FlywayLint(Configuration configuration, DatabaseFamily family) {
		this.scripts = new FlywayScripts(configuration);
		this.family = family;
		this.table = configuration.getTable();
		this.parserPresent = LintAvailability.parserPresent(configuration.getClassLoader());
	}

	/**
	 * Read and lint the pending migrations.
	 * @param pending the pending migrations, in the order Flyway applies them
	 * @return each migration with its lint
	 */
	List<PendingMigration> lint(MigrationInfo[] pending) {
		List<PendingMigration> linted = new ArrayList<>();
		MigrationLinter.@Nullable Batch batch = this.parserPresent ? MigrationLinter.forFamily(this.family).batch()
				: null;
		for (MigrationInfo info : pending) {
			String version = (info.getVersion() != null) ? info.getVersion().getVersion() : null;
			linted.add(new PendingMigration(version, FlywayStates.describe(version, info.getScript()), "Migration",
					PendingMigration.Position.LINE, lint(info, batch)));
		}
		return linted;
	}

	private LintReport lint(MigrationInfo info, MigrationLinter.@Nullable Batch batch) {
		if (!this.scripts.isSql(info)) {
			return notLinted(info, "a Java migration: its statements are out of the lint's sight");
		}
		if (batch == null) {
			return notLinted(info, LintAvailability.ADD_THE_PARSER);
		}
		try {
			return this.scripts.read(info)
				.map((script) -> batch.lint(info.getScript(), script))
				.orElseGet(() -> notLinted(info, "no filesystem or classpath location has its script"));
		}
		catch (IOException ex) {
			return notLinted(info, "its script could not be read: " + ex.getMessage());
		}
	}

	private static LintReport notLinted(MigrationInfo info, String reason) {
		return new LintReport(info.getScript(), List.of(),
				List.of(new NotLintedStatement(info.getScript(), 1, "", reason)));
	}

	/**
	 * Return the findings of linted migrations.
	 * @param migrations the migrations
	 * @return the findings
	 */
	List<Finding> findings(List<PendingMigration> migrations) {
		return MigrationLintFindings.of(migrations, this.table);
	}

}
