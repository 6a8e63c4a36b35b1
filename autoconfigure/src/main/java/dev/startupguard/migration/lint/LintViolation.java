package dev.startupguard.migration.lint;

import dev.startupguard.report.FixRisk;

/**
 * A rule a statement breaks, why it matters on its database, and the safer recipe.
 *
 * @param rule the rule
 * @param why what the statement does to the table, its data or the running application
 * @param recipe how to reach the same schema safely
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record LintViolation(LintRule rule, String why, String recipe) {

	/**
	 * Return the level the rule gives.
	 * @return the level
	 */
	public FixRisk risk() {
		return this.rule.risk();
	}

}
