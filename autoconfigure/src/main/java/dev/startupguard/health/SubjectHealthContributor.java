package dev.startupguard.health;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.util.Assert;

import dev.startupguard.report.LatestReport;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;

/**
 * {@link CompositeHealthContributor} with one {@link SubjectHealthIndicator} per subject
 * of a kind, named after the subject: {@code /actuator/health/schemaDrift/orders}. Its
 * members are the subjects of the latest report.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SubjectHealthContributor implements CompositeHealthContributor {

	private final LatestReport latest;

	private final SubjectKind kind;

	/**
	 * Create a contributor.
	 * @param latest the latest report
	 * @param kind the kind of subjects to report, one member each
	 */
	public SubjectHealthContributor(LatestReport latest, SubjectKind kind) {
		Assert.notNull(latest, "'latest' must not be null");
		Assert.notNull(kind, "'kind' must not be null");
		this.latest = latest;
		this.kind = kind;
	}

	@Override
	public @Nullable HealthContributor getContributor(String name) {
		return members().filter((entry) -> entry.name().equals(name))
			.map(HealthContributors.Entry::contributor)
			.findFirst()
			.orElse(null);
	}

	@Override
	public Stream<HealthContributors.Entry> stream() {
		return members();
	}

	private Stream<HealthContributors.Entry> members() {
		return this.latest.get()
			.subjects(this.kind)
			.stream()
			.map(SubjectReport::subject)
			.map((subject) -> new HealthContributors.Entry(subject.name(),
					new SubjectHealthIndicator(this.latest, subject)));
	}

}
