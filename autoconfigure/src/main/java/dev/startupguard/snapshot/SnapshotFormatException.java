package dev.startupguard.snapshot;

/**
 * Thrown when a snapshot file is not a schema snapshot of the format this version reads.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SnapshotFormatException extends IllegalArgumentException {

	private final String problem;

	/**
	 * Create an exception.
	 * @param problem what is wrong with the file, in words that follow "the file is
	 * unusable:"
	 */
	public SnapshotFormatException(String problem) {
		super("The schema snapshot is unusable: " + problem);
		this.problem = problem;
	}

	/**
	 * Return what is wrong with the file.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

}
