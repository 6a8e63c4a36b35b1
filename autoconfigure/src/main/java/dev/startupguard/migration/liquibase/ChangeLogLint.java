package dev.startupguard.migration.liquibase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import org.jspecify.annotations.Nullable;

import dev.startupguard.migration.LintAvailability;
import dev.startupguard.migration.PendingMigration;
import dev.startupguard.migration.lint.LintReport;
import dev.startupguard.migration.lint.MigrationLinter;
import dev.startupguard.migration.lint.NotLintedStatement;
import dev.startupguard.schema.DatabaseFamily;

/**
 * Lints pending changesets: the SQL each of Liquibase's own changes generates for this
 * database ({@code dropColumn}, {@code modifyDataType}, {@code sql}, {@code sqlFile} and
 * the rest) goes through the same {@link MigrationLinter} as a Flyway script, so a typed
 * change gets the rules and recipes of the statement it runs. The changesets of one
 * update are linted as one batch: a table an earlier changeset creates is new to the
 * later ones.
 * <p>
 * SQL is generated with Liquibase's {@link Change#SHOULD_EXECUTE} off, as for
 * {@code update-sql}, and never for a change that does more than generate SQL: a custom
 * change (a {@code CustomTaskChange} runs its task while generating), a shell command,
 * data loaded from a file; those are reported as not linted, or skipped when they only
 * insert rows.
 *
 * @author Startup Guard contributors
 */
final class ChangeLogLint {

	private static final String CORE_CHANGES = "liquibase.change.core.";

	// core changes that run something other than SQL: reported as not linted
	private static final Set<String> NOT_SQL = Set.of("ExecuteShellCommandChange", "StopChange");

	// core changes that only insert rows or leave the schema alone: skipped
	private static final Set<String> SCHEMA_UNCHANGED = Set.of("LoadDataChange", "LoadUpdateDataChange", "OutputChange",
			"EmptyChange", "TagDatabaseChange");

	private final ChangeLogSession session;

	private final DatabaseFamily family;

	private final boolean parserPresent;

	ChangeLogLint(ChangeLogSession session, DatabaseFamily family, @Nullable ClassLoader classLoader) {
		this.session = session;
		this.family = family;
		this.parserPresent = LintAvailability.parserPresent(classLoader);
	}

	/**
	 * Lint the pending changesets.
	 * @param pending the pending changesets, in the order Liquibase applies them
	 * @return each changeset with its lint
	 */
	List<PendingMigration> lint(List<ChangeSet> pending) {
		MigrationLinter.@Nullable Batch batch = this.parserPresent ? MigrationLinter.forFamily(this.family).batch()
				: null;
		List<PendingMigration> linted = new ArrayList<>();
		for (ChangeSet changeSet : pending) {
			String name = ChangeLogStates.describe(changeSet);
			LintReport lint = (batch != null) ? lint(name, changeSet, batch)
					: notLinted(name, LintAvailability.ADD_THE_PARSER);
			linted.add(new PendingMigration(changeSet.getId(), name, "Changeset", PendingMigration.Position.STATEMENT,
					lint));
		}
		return linted;
	}

	private LintReport lint(String name, ChangeSet changeSet, MigrationLinter.Batch batch) {
		List<String> statements = new ArrayList<>();
		List<NotLintedStatement> notLinted = new ArrayList<>();
		for (Change change : changeSet.getChanges()) {
			String type = change.getClass().getName();
			String simpleName = change.getClass().getSimpleName();
			if (!type.startsWith(CORE_CHANGES)) {
				notLinted.add(notLintedChange(name, change,
						"a custom or extension change: what it runs is out of the lint's sight"));
			}
			else if (NOT_SQL.contains(simpleName)) {
				notLinted.add(notLintedChange(name, change, "it runs something other than SQL"));
			}
			else if (SCHEMA_UNCHANGED.contains(simpleName)) {
				continue;
			}
			else {
				try {
					for (Sql sql : generate(change)) {
						statements.add(sql.toSql());
					}
				}
				catch (Exception ex) {
					notLinted.add(notLintedChange(name, change,
							"Liquibase could not generate its SQL for this" + " database: " + ex.getMessage()));
				}
			}
		}
		LintReport report = batch.lintStatements(name, statements);
		List<NotLintedStatement> allNotLinted = new ArrayList<>(report.notLinted());
		allNotLinted.addAll(notLinted);
		return new LintReport(name, report.statements(), allNotLinted);
	}

	private Sql[] generate(Change change) throws Exception {
		Database database = this.session.database();
		boolean schema = database.getOutputDefaultSchema();
		boolean catalog = database.getOutputDefaultCatalog();
		// names as the changelog wrote them: shorter findings, and SQL the parser reads
		// (JSqlParser does not read MySQL's RENAME of a schema-qualified table)
		database.setOutputDefaultSchema(false);
		database.setOutputDefaultCatalog(false);
		try {
			return this.session.inScope(() -> Scope.child(Map.of(Change.SHOULD_EXECUTE, false),
					() -> SqlGeneratorFactory.getInstance().generateSql(change, database)));
		}
		finally {
			database.setOutputDefaultSchema(schema);
			database.setOutputDefaultCatalog(catalog);
		}
	}

	private static NotLintedStatement notLintedChange(String name, Change change, String reason) {
		return new NotLintedStatement(name, 0, "", "its " + change.getSerializedObjectName() + " change: " + reason);
	}

	private static LintReport notLinted(String name, String reason) {
		return new LintReport(name, List.of(), List.of(new NotLintedStatement(name, 1, "", reason)));
	}

}
