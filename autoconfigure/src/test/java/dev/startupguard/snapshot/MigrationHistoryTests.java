package dev.startupguard.snapshot;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationHistory}: when a database has exactly what built a snapshot.
 */
class MigrationHistoryTests {

	private final MigrationHistory built = flyway(new AppliedMigration("1", "create", "11"),
			new AppliedMigration("2", "email", "22"));

	@Test
	void sameHistoryHasNoDifferenceAndTheSameDigest() {
		MigrationHistory live = flyway(new AppliedMigration("1", "create", "11"),
				new AppliedMigration("2", "email", "22"));
		assertThat(this.built.differenceFrom(live)).isNull();
		assertThat(live.digest()).isEqualTo(this.built.digest()).hasSize(64);
	}

	@Test
	void editedMigrationIsADifference() {
		MigrationHistory live = flyway(new AppliedMigration("1", "create", "11"),
				new AppliedMigration("2", "email", "99"));
		assertThat(this.built.differenceFrom(live)).isEqualTo("migration 2 has checksum 99 in the database and 22 in"
				+ " the snapshot: it was edited after it ran on one of them");
		assertThat(live.digest()).isNotEqualTo(this.built.digest());
	}

	@Test
	void anotherToolIsADifference() {
		MigrationHistory live = new MigrationHistory("liquibase", this.built.applied(), List.of());
		assertThat(this.built.differenceFrom(live))
			.isEqualTo("the snapshot was captured with flyway, but this database's migrations are liquibase's");
	}

	@Test
	void pendingMigrationsAreADifferenceNamingTheFirst() {
		MigrationHistory live = flyway();
		assertThat(this.built.differenceFrom(live)).isEqualTo("the database has not applied 2 migrations the"
				+ " snapshot was captured with (first 1): migrations are pending here, or the database was baselined");
	}

	private static MigrationHistory flyway(AppliedMigration... applied) {
		return new MigrationHistory("flyway", List.of(applied), List.of("flyway_schema_history"));
	}

}
