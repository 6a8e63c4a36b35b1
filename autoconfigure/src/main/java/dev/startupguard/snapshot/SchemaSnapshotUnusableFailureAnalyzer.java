package dev.startupguard.snapshot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@link AbstractFailureAnalyzer} that explains a schema snapshot that cannot be used:
 * where the guard looked, what was wrong, and the ways out.
 *
 * @author Startup Guard contributors
 */
class SchemaSnapshotUnusableFailureAnalyzer extends AbstractFailureAnalyzer<SchemaSnapshotUnusableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaSnapshotUnusableException cause) {
		String description = String.format("Startup Guard could not use the schema snapshot %s: %s.",
				cause.getLocation(), cause.getProblem());
		String action = cause.isMissing()
				? String.format("Point startup-guard.snapshot.location at the file the"
						+ " test module writes (see test-module.md), or remove the property to use the default location"
						+ " classpath:%s, where a missing file simply turns the comparison off. To run without the"
						+ " comparison, set startup-guard.snapshot.enabled=false.", SchemaSnapshotFile.DEFAULT_LOCATION)
				: "Build the application again so that the test module writes the snapshot with this version of"
						+ " Startup Guard, and do not edit the file by hand. To run without the comparison, set"
						+ " startup-guard.snapshot.enabled=false.";
		return new FailureAnalysis(description, action, cause);
	}

}
