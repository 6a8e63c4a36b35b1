package dev.startupguard.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.startupguard.migration.lint.LintReport;
import dev.startupguard.migration.lint.LintedStatement;
import dev.startupguard.migration.lint.NotLintedStatement;
import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;

/**
 * The findings of the lint of pending migrations, whichever tool runs them: one
 * {@link FindingKind#MIGRATION_LINT} per RISKY or DESTRUCTIVE statement, with the rules
 * it breaks and the safer recipe, and one {@link FindingKind#MIGRATION_NOT_LINTED} per
 * statement or migration the lint could not read.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class MigrationLintFindings {

	private MigrationLintFindings() {
	}

	/**
	 * Return the findings of linted migrations.
	 * @param migrations the migrations
	 * @param table the tool's history table, the table the findings name
	 * @return the findings
	 */
	public static List<Finding> of(List<PendingMigration> migrations, String table) {
		List<Finding> findings = new ArrayList<>();
		for (PendingMigration migration : migrations) {
			LintReport lint = migration.lint();
			if (lint == null) {
				continue;
			}
			lint.flagged().forEach((statement) -> findings.add(flagged(migration, statement, table)));
			lint.notLinted().forEach((statement) -> findings.add(notLinted(migration, statement, table)));
		}
		return findings;
	}

	private static Finding flagged(PendingMigration migration, LintedStatement statement, String table) {
		String rules = statement.violations()
			.stream()
			.map((violation) -> violation.rule().id() + ": " + violation.why())
			.collect(Collectors.joining("; "));
		String recipes = statement.violations()
			.stream()
			.map((violation) -> violation.recipe())
			.distinct()
			.collect(Collectors.joining("; "));
		return Finding.of(FindingKind.MIGRATION_LINT, table, null,
				migration.describe() + " " + migration.locate(statement.line()) + " is " + statement.risk() + ": "
						+ statement.summary() + " (" + rules + "). Instead: " + recipes,
				null, null);
	}

	private static Finding notLinted(PendingMigration migration, NotLintedStatement statement, String table) {
		String where = statement.sql().isEmpty() ? ""
				: " " + migration.locate(statement.line()) + " (" + statement.summary() + ")";
		return Finding.of(FindingKind.MIGRATION_NOT_LINTED, table, null,
				migration.describe() + where + " was not linted: " + statement.reason(), null, null);
	}

}
