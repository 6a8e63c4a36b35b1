package dev.startupguard.migration.flyway;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;

import dev.startupguard.migration.lint.LintReport;
import dev.startupguard.migration.lint.LintedStatement;
import dev.startupguard.migration.lint.MigrationLinter;
import dev.startupguard.migration.lint.NotLintedStatement;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
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

	private static final String PARSER = "net.sf.jsqlparser.parser.CCJSqlParserUtil";

	private final FlywayScripts scripts;

	private final DatabaseFamily family;

	private final String table;

	private final boolean parserPresent;

	FlywayLint(Configuration configuration, DatabaseFamily family) {
		this.scripts = new FlywayScripts(configuration);
		this.family = family;
		this.table = configuration.getTable();
		this.parserPresent = isPresent(configuration.getClassLoader());
	}

	/**
	 * Read and lint the pending migrations.
	 * @param pending the pending migrations, in the order Flyway applies them
	 * @return each migration with its lint
	 */
	List<PendingMigration> lint(MigrationInfo[] pending) {
		List<PendingMigration> linted = new ArrayList<>();
		for (MigrationInfo info : pending) {
			String version = (info.getVersion() != null) ? info.getVersion().getVersion() : null;
			linted.add(new PendingMigration(version, info.getScript(), lint(info)));
		}
		return linted;
	}

	private LintReport lint(MigrationInfo info) {
		if (!this.scripts.isSql(info)) {
			return notLinted(info, "a Java migration: its statements are out of the lint's sight");
		}
		if (!this.parserPresent) {
			return notLinted(info,
					"add com.github.jsqlparser:jsqlparser to the application to have its scripts" + " linted");
		}
		try {
			return this.scripts.read(info)
				.map((script) -> MigrationLinter.forFamily(this.family).lint(info.getScript(), script))
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
	 * Return the findings of linted migrations: one per RISKY or DESTRUCTIVE statement,
	 * and one per statement or script that was not linted.
	 * @param migrations the migrations
	 * @return the findings
	 */
	List<Finding> findings(List<PendingMigration> migrations) {
		List<Finding> findings = new ArrayList<>();
		for (PendingMigration migration : migrations) {
			LintReport lint = migration.lint();
			if (lint == null) {
				continue;
			}
			lint.flagged().forEach((statement) -> findings.add(flagged(migration, statement)));
			lint.notLinted().forEach((statement) -> findings.add(notLinted(migration, statement)));
		}
		return findings;
	}

	private Finding flagged(PendingMigration migration, LintedStatement statement) {
		String rules = statement.violations()
			.stream()
			.map((violation) -> violation.rule().id() + ": " + violation.why())
			.collect(Collectors.joining("; "));
		String recipes = statement.violations()
			.stream()
			.map((violation) -> violation.recipe())
			.distinct()
			.collect(Collectors.joining("; "));
		return Finding.of(FindingKind.MIGRATION_LINT, this.table, null,
				"Migration " + migration.describe() + " line " + statement.line() + " is " + statement.risk() + ": "
						+ statement.summary() + " (" + rules + "). Instead: " + recipes,
				null, null);
	}

	private Finding notLinted(PendingMigration migration, NotLintedStatement statement) {
		String where = statement.sql().isEmpty() ? "" : " line " + statement.line() + " (" + statement.summary() + ")";
		return Finding.of(FindingKind.MIGRATION_NOT_LINTED, this.table, null,
				"Migration " + migration.describe() + where + " was not linted: " + statement.reason(), null, null);
	}

	private static boolean isPresent(ClassLoader classLoader) {
		try {
			Class.forName(PARSER, false, classLoader);
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
