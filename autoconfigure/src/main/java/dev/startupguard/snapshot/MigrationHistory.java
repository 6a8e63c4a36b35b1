package dev.startupguard.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a migration tool has applied to a database: which tool, the migrations in the
 * order the tool lists them, and the tables in which it records them.
 *
 * @param tool the tool, {@code flyway} or {@code liquibase}
 * @param applied the applied migrations
 * @param tables the tables of the tool itself, which are not part of the schema the
 * migrations build
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record MigrationHistory(String tool, List<AppliedMigration> applied, List<String> tables) {

	public MigrationHistory {
		applied = List.copyOf(applied);
		tables = List.copyOf(tables);
	}

	/**
	 * Return a digest of the tool and the applied migrations: equal digests, equal
	 * histories.
	 * @return the SHA-256 digest, in hexadecimal
	 */
	public String digest() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((this.tool + "\n").getBytes(StandardCharsets.UTF_8));
			for (AppliedMigration migration : this.applied) {
				String line = migration.id() + "\t" + migration.description() + "\t"
						+ Objects.toString(migration.checksum(), "") + "\n";
				digest.update(line.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Say why a database with the given history does not have what this history built, or
	 * {@code null} when it has exactly that.
	 * @param live the history of the live database
	 * @return the reason, in words; {@code null} when the histories are the same
	 */
	public @Nullable String differenceFrom(MigrationHistory live) {
		if (!this.tool.equals(live.tool)) {
			return "the snapshot was captured with " + this.tool + ", but this database's migrations are " + live.tool
					+ "'s";
		}
		List<String> liveIds = live.applied.stream().map(AppliedMigration::id).toList();
		List<String> builtIds = this.applied.stream().map(AppliedMigration::id).toList();
		List<String> notApplied = new ArrayList<>(builtIds);
		notApplied.removeAll(liveIds);
		if (!notApplied.isEmpty()) {
			return "the database has not applied " + count(notApplied) + " the snapshot was captured with ("
					+ first(notApplied) + "): migrations are pending here, or the database was baselined";
		}
		List<String> newer = new ArrayList<>(liveIds);
		newer.removeAll(builtIds);
		if (!newer.isEmpty()) {
			return "the database has applied " + count(newer) + " the snapshot does not know (" + first(newer)
					+ "): the snapshot is older than the migrations, so rebuild the application to capture it again";
		}
		for (AppliedMigration built : this.applied) {
			AppliedMigration other = live.applied.get(liveIds.indexOf(built.id()));
			if (!Objects.equals(built.checksum(), other.checksum())) {
				return "migration " + built.id() + " has checksum " + other.checksum() + " in the database and "
						+ built.checksum() + " in the snapshot: it was edited after it ran on one of them";
			}
		}
		if (!builtIds.equals(liveIds)) {
			return "the database applied the same migrations in another order";
		}
		return null;
	}

	private static String count(List<String> ids) {
		return (ids.size() == 1) ? "1 migration" : ids.size() + " migrations";
	}

	private static String first(List<String> ids) {
		return (ids.size() == 1) ? ids.get(0) : "first " + ids.get(0);
	}

}
