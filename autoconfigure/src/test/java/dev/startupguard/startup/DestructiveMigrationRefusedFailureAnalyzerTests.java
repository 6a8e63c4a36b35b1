package dev.startupguard.startup;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.startupguard.migration.MigrationsAtStart;
import dev.startupguard.migration.PendingMigration;
import dev.startupguard.migration.lint.LintReport;
import dev.startupguard.migration.lint.MigrationLinter;
import dev.startupguard.schema.DatabaseFamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DestructiveMigrationRefusedFailureAnalyzer} and
 * {@link DestructiveMigrationPolicy}.
 */
class DestructiveMigrationRefusedFailureAnalyzerTests {

	private final MigrationsAtStart pending = new MigrationsAtStart(List
		.of(migration("2", "V2__add_tier.sql", "ALTER TABLE customer ADD tier varchar(20);"), migration("3",
				"V3__drop_note.sql", "-- the note moved to its own table\nALTER TABLE customer DROP COLUMN note;")));

	@Test
	void productionRefusesAnUnacknowledgedDestructiveStatement() {
		DestructiveMigrationPolicy policy = new DestructiveMigrationPolicy(true, List.of("2"));
		assertThatExceptionOfType(DestructiveMigrationRefusedException.class)
			.isThrownBy(() -> policy.check("flyway", this.pending))
			.satisfies((ex) -> assertThat(ex.getRefused()).singleElement()
				.satisfies((refused) -> assertThat(refused.migration().version()).isEqualTo("3")));
	}

	@Test
	void acknowledgedVersionOrAStartOutsideProductionLetsItRun() {
		new DestructiveMigrationPolicy(true, List.of("3")).check("flyway", this.pending);
		new DestructiveMigrationPolicy(false, List.of()).check("flyway", this.pending);
		assertThat(this.pending.unacknowledged(List.of("3"))).isEmpty();
	}

	@Test
	void analysisNamesScriptLineStatementAndHowToAcknowledge() {
		DestructiveMigrationRefusedException refused = new DestructiveMigrationRefusedException("flyway",
				this.pending.unacknowledged(List.of()));
		FailureAnalysis analysis = new DestructiveMigrationRefusedFailureAnalyzer().analyze(refused);
		assertThat(analysis.getDescription())
			.startsWith("Migration tool 'flyway' was about to apply destructive statements in production. Nothing"
					+ " was applied: the database is as it was.")
			.contains("- Migration 3 (V3__drop_note.sql), line 2: ALTER TABLE customer DROP COLUMN note")
			.contains("drop-column: ")
			.doesNotContain("V2__add_tier.sql");
		assertThat(analysis.getAction()).contains("startup-guard.migrations.acknowledged-destructive=3");
	}

	private static PendingMigration migration(String version, String script, String sql) {
		LintReport lint = MigrationLinter.forFamily(DatabaseFamily.POSTGRESQL).lint(script, sql);
		return new PendingMigration(version, version + " (" + script + ")", "Migration", PendingMigration.Position.LINE,
				lint);
	}

}
