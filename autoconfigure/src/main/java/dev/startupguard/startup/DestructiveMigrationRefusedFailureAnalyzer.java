package dev.startupguard.startup;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.startupguard.migration.MigrationsAtStart;
import dev.startupguard.migration.lint.LintViolation;

/**
 * {@link AbstractFailureAnalyzer} that explains a migration refused in production: each
 * destructive statement with its script, line and rule, and how to acknowledge it.
 *
 * @author Startup Guard contributors
 */
class DestructiveMigrationRefusedFailureAnalyzer extends AbstractFailureAnalyzer<DestructiveMigrationRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DestructiveMigrationRefusedException cause) {
		StringBuilder description = new StringBuilder(String.format(
				"Migration tool '%s' was about to apply"
						+ " destructive statements in production. Nothing was applied: the database is as it was.%n",
				cause.getTool()));
		Set<String> versions = new LinkedHashSet<>();
		for (MigrationsAtStart.Refused refused : cause.getRefused()) {
			description.append(String.format("%n    - %s, %s: %s", refused.migration().describe(),
					refused.migration().locate(refused.statement().line()), refused.statement().summary()));
			for (LintViolation violation : refused.statement().violations()) {
				description.append(String.format("%n      %s: %s", violation.rule().id(), violation.why()));
			}
			if (refused.migration().version() != null) {
				versions.add(refused.migration().version());
			}
		}
		String action = String.format("Back up what the statements destroy, make sure no running code still uses"
				+ " it, then acknowledge the migration for this deploy with%n%n    startup-guard.migrations"
				+ ".acknowledged-destructive=%s%n%nand start again. Or make the change non-destructive (expand and"
				+ " contract: stop using the column or table first, drop it in a later release).",
				String.join(",", versions));
		return new FailureAnalysis(description.toString(), action, cause);
	}

}
