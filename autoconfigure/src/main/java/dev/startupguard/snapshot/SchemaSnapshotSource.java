package dev.startupguard.snapshot;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import dev.startupguard.drift.DriftOptions;

/**
 * Where the migration checks get the comparison with the schema snapshot from: read once,
 * at startup, from {@code startup-guard.snapshot.location} or the default class path
 * location. No file at the default location means no comparison, silently; no file at a
 * location the application set, or a file that cannot be used, fails the start with a
 * {@link SchemaSnapshotUnusableException}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SchemaSnapshotSource {

	/**
	 * A source without a snapshot.
	 */
	public static final SchemaSnapshotSource NONE = new SchemaSnapshotSource(null);

	private final @Nullable SnapshotComparison comparison;

	private SchemaSnapshotSource(@Nullable SnapshotComparison comparison) {
		this.comparison = comparison;
	}

	/**
	 * Load the snapshot.
	 * @param resourceLoader the application's resource loader
	 * @param location the location the application set, {@code null} for the default
	 * @param options the tables to leave out of the comparison
	 * @param timeout the time one comparison may take
	 * @return the source
	 * @throws SchemaSnapshotUnusableException if the snapshot the application names
	 * cannot be used
	 */
	public static SchemaSnapshotSource load(ResourceLoader resourceLoader, @Nullable String location,
			DriftOptions options, Duration timeout) {
		String where = (location != null) ? location : "classpath:" + SchemaSnapshotFile.DEFAULT_LOCATION;
		Resource resource = resourceLoader.getResource(where);
		if (!resource.exists()) {
			if (location == null) {
				return NONE;
			}
			throw new SchemaSnapshotUnusableException(where,
					"there is no file there " + "(startup-guard.snapshot.location)", true, null);
		}
		try {
			CapturedSchema snapshot = SchemaSnapshotFile.read(resource.getInputStream());
			return new SchemaSnapshotSource(new SnapshotComparison(snapshot, where, options, timeout));
		}
		catch (IOException ex) {
			throw new SchemaSnapshotUnusableException(where, "it cannot be read (" + ex.getMessage() + ")", false, ex);
		}
		catch (SnapshotFormatException ex) {
			throw new SchemaSnapshotUnusableException(where, ex.getProblem(), false, ex);
		}
	}

	/**
	 * Return the comparison with the snapshot, if there is one.
	 * @return the comparison, empty without a snapshot
	 */
	public Optional<SnapshotComparison> comparison() {
		return Optional.ofNullable(this.comparison);
	}

}
