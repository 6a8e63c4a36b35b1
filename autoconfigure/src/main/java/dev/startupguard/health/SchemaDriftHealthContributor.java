package dev.startupguard.health;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.util.Assert;

import dev.startupguard.startup.SchemaDriftChecks;

/**
 * {@link CompositeHealthContributor} with one {@link SchemaDriftHealthIndicator} per
 * persistence unit, named after the unit: {@code /actuator/health/schemaDrift/orders}.
 * Its members are the units whose checks have started, so a unit is a member as soon as
 * its {@code EntityManagerFactory} exists.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaDriftHealthContributor implements CompositeHealthContributor {

	private final SchemaDriftChecks checks;

	/**
	 * Create a contributor.
	 * @param checks the checks whose latest reports to judge
	 */
	public SchemaDriftHealthContributor(SchemaDriftChecks checks) {
		Assert.notNull(checks, "'checks' must not be null");
		this.checks = checks;
	}

	@Override
	public @Nullable HealthContributor getContributor(String name) {
		return this.checks.unitNames().contains(name) ? new SchemaDriftHealthIndicator(this.checks, name) : null;
	}

	@Override
	public Stream<HealthContributors.Entry> stream() {
		return this.checks.unitNames()
			.stream()
			.map((unit) -> new HealthContributors.Entry(unit, new SchemaDriftHealthIndicator(this.checks, unit)));
	}

}
