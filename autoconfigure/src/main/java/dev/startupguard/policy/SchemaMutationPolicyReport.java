package dev.startupguard.policy;

import java.util.List;

import dev.startupguard.report.Findings;

/**
 * What the production policy found at this start: whether the application runs in
 * production, whether schema-changing settings are allowed there, and the settings found.
 * In production its {@link #findings()} hold one
 * {@link dev.startupguard.report.FindingKind#SCHEMA_MUTATION_SETTING} finding per setting
 * the start went on with; outside production there are none, since the same settings are
 * normal on a developer's machine.
 *
 * @param production whether the application runs in production
 * @param mutationAllowed whether
 * {@code startup-guard.allow-schema-mutation-in-production} is set
 * @param mutations every setting found that would let the start change the schema,
 * refused in production or not
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record SchemaMutationPolicyReport(boolean production, boolean mutationAllowed, List<SchemaMutation> mutations) {

	public SchemaMutationPolicyReport {
		mutations = List.copyOf(mutations);
	}

	/**
	 * Return the settings that refuse the start in production unless allowed.
	 * @return those settings
	 */
	public List<SchemaMutation> refusable() {
		return this.mutations.stream().filter(SchemaMutation::refusedInProduction).toList();
	}

	/**
	 * Return the settings reported as a warning only.
	 * @return those settings
	 */
	public List<SchemaMutation> warnings() {
		return this.mutations.stream().filter((mutation) -> !mutation.refusedInProduction()).toList();
	}

	/**
	 * Return whether the policy refuses this start.
	 * @return {@code true} in production with a refusable setting that is not allowed
	 */
	public boolean refused() {
		return this.production && !this.mutationAllowed && !refusable().isEmpty();
	}

	/**
	 * Return the findings for the outputs: in production, one per setting found; none
	 * outside production.
	 * @return the findings
	 */
	public Findings findings() {
		if (!this.production) {
			return Findings.NONE;
		}
		return Findings.of(this.mutations.stream().map(SchemaMutation::toFinding).toList());
	}

}
