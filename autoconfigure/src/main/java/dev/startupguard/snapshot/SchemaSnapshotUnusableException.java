package dev.startupguard.snapshot;

/**
 * Thrown at startup when the schema snapshot the application names cannot be used: no
 * file at an explicitly set location, a file that cannot be read, or one that is not a
 * snapshot of the format this version reads.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaSnapshotUnusableException extends IllegalStateException {

	private final String location;

	private final String problem;

	private final boolean missing;

	/**
	 * Create an exception.
	 * @param location the location of the snapshot
	 * @param problem what is wrong with it
	 * @param missing whether the file does not exist at all
	 * @param cause the cause, or {@code null}
	 */
	public SchemaSnapshotUnusableException(String location, String problem, boolean missing,
			@org.jspecify.annotations.Nullable Throwable cause) {
		super("The schema snapshot " + location + " cannot be used: " + problem, cause);
		this.location = location;
		this.problem = problem;
		this.missing = missing;
	}

	/**
	 * Return the location of the snapshot.
	 * @return the location
	 */
	public String getLocation() {
		return this.location;
	}

	/**
	 * Return what is wrong with the snapshot.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * Return whether the file does not exist at all.
	 * @return whether it is missing
	 */
	public boolean isMissing() {
		return this.missing;
	}

}
