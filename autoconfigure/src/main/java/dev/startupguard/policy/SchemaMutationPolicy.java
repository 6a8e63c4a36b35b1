package dev.startupguard.policy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.util.Assert;

/**
 * The production policy: in production, refuses a start with settings that let the
 * application change the database schema, unless explicitly allowed; outside production,
 * says once per start what production would refuse.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SchemaMutationPolicy {

	private static final Logger logger = LoggerFactory.getLogger(SchemaMutationPolicy.class);

	private final SchemaMutationInspector inspector;

	private final ProductionDetector productionDetector;

	private final boolean allowedInProduction;

	/**
	 * Create a policy.
	 * @param inspector finds the settings
	 * @param productionDetector tells production from elsewhere
	 * @param allowedInProduction whether schema-changing settings are allowed in
	 * production
	 */
	public SchemaMutationPolicy(SchemaMutationInspector inspector, ProductionDetector productionDetector,
			boolean allowedInProduction) {
		Assert.notNull(inspector, "'inspector' must not be null");
		Assert.notNull(productionDetector, "'productionDetector' must not be null");
		this.inspector = inspector;
		this.productionDetector = productionDetector;
		this.allowedInProduction = allowedInProduction;
	}

	/**
	 * Evaluate the environment, without logging or refusing anything.
	 * @param environment the application's environment
	 * @return the report
	 */
	public SchemaMutationPolicyReport evaluate(Environment environment) {
		return new SchemaMutationPolicyReport(this.productionDetector.isProduction(environment),
				this.allowedInProduction, this.inspector.inspect(environment));
	}

	/**
	 * Evaluate the environment and apply the policy: refuse, warn or inform.
	 * @param environment the application's environment
	 * @return the report, when the start may go on
	 * @throws SchemaMutationRefusedException when the start is refused
	 */
	public SchemaMutationPolicyReport enforce(Environment environment) {
		SchemaMutationPolicyReport report = evaluate(environment);
		List<SchemaMutation> warnings = report.warnings();
		List<SchemaMutation> refusable = report.refusable();
		String n = System.lineSeparator();
		if (!report.production()) {
			if (!report.mutations().isEmpty()) {
				logger.atInfo().log(() -> outsideProduction(refusable, warnings));
			}
			return report;
		}
		if (!warnings.isEmpty()) {
			logger.warn(
					"Startup Guard: this production start changes the database schema outside any migration tool, "
							+ "through {}:{}{}",
					SchemaMutationText.settings(warnings.size()), n, SchemaMutationText.blocks(warnings));
		}
		if (refusable.isEmpty()) {
			return report;
		}
		if (!this.allowedInProduction) {
			throw new SchemaMutationRefusedException(refusable);
		}
		logger.warn(
				"Startup Guard: {}=true lets this production start go on with {} that would change the database schema. "
						+ "Every start may alter or destroy production data:{}{}",
				SchemaMutationRefusedFailureAnalyzer.ALLOW_PROPERTY, SchemaMutationText.settings(refusable.size()), n,
				SchemaMutationText.blocks(refusable));
		return report;
	}

	private static String outsideProduction(List<SchemaMutation> refusable, List<SchemaMutation> warnings) {
		StringBuilder message = new StringBuilder("Startup Guard: in production,");
		if (!refusable.isEmpty()) {
			message.append(" this start would be refused, since ")
				.append(SchemaMutationText.settings(refusable.size()))
				.append(" would let the application change the database schema: ")
				.append(SchemaMutationText.line(refusable))
				.append('.');
		}
		if (!warnings.isEmpty()) {
			message.append(
					refusable.isEmpty() ? " this start would log a warning for " : " It would also log a warning for ")
				.append(SchemaMutationText.line(warnings))
				.append('.');
		}
		return message.toString();
	}

}
