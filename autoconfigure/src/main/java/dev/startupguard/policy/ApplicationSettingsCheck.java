package dev.startupguard.policy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.startupguard.check.SubjectCheck;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectReport;

/**
 * The check of the application's settings: what the production policy found at this
 * start. The settings were judged once, before any bean existed, and cannot change while
 * the application runs, so every run reports the same findings without reading anything.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ApplicationSettingsCheck implements SubjectCheck {

	/**
	 * Detail key of whether the application runs in production.
	 */
	public static final String PRODUCTION = "production";

	private final SchemaMutationPolicyReport policy;

	private final Clock clock;

	/**
	 * Create the check.
	 * @param policy what the production policy found at this start
	 */
	public ApplicationSettingsCheck(SchemaMutationPolicyReport policy) {
		this(policy, Clock.systemUTC());
	}

	ApplicationSettingsCheck(SchemaMutationPolicyReport policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public Subject subject() {
		return Subject.applicationSettings();
	}

	@Override
	public SubjectReport run() {
		return new SubjectReport(subject(), Map.of(PRODUCTION, this.policy.production()), this.clock.instant(),
				Duration.ZERO, this.policy.findings(), List.of());
	}

}
