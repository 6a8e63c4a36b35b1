package dev.startupguard.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Subject;
import dev.startupguard.report.SubjectKind;
import dev.startupguard.report.SubjectReport;

/**
 * {@link HealthIndicator} that reports the health of the subjects of one kind, or of one
 * subject, from the latest report: it never runs a check. With one subject of the kind
 * its health is the subject's; with several, each is reported under its name and the
 * indicator is as unhealthy as the least healthy.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SubjectHealthIndicator implements HealthIndicator {

	private final LatestReport latest;

	private final SubjectKind kind;

	private final @Nullable Subject subject;

	/**
	 * Create an indicator for every subject of a kind.
	 * @param latest the latest report
	 * @param kind the kind of subjects to report
	 */
	public SubjectHealthIndicator(LatestReport latest, SubjectKind kind) {
		Assert.notNull(latest, "'latest' must not be null");
		Assert.notNull(kind, "'kind' must not be null");
		this.latest = latest;
		this.kind = kind;
		this.subject = null;
	}

	/**
	 * Create an indicator for one subject.
	 * @param latest the latest report
	 * @param subject the subject to report
	 */
	public SubjectHealthIndicator(LatestReport latest, Subject subject) {
		Assert.notNull(latest, "'latest' must not be null");
		Assert.notNull(subject, "'subject' must not be null");
		this.latest = latest;
		this.kind = subject.kind();
		this.subject = subject;
	}

	@Override
	public Health health() {
		if (this.subject != null) {
			return this.latest.get().subject(this.subject).map(SubjectHealth::of).orElseGet(SubjectHealth::notChecked);
		}
		List<SubjectReport> reports = this.latest.get().subjects(this.kind);
		if (reports.isEmpty()) {
			return SubjectHealth.notChecked();
		}
		if (reports.size() == 1) {
			return SubjectHealth.of(reports.get(0));
		}
		Status status = Status.UP;
		Map<String, Object> members = new LinkedHashMap<>();
		for (SubjectReport report : reports) {
			Health health = SubjectHealth.of(report);
			status = SubjectHealth.worse(status, health.getStatus());
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("status", health.getStatus().getCode());
			details.putAll(health.getDetails());
			members.put(report.name(), details);
		}
		return Health.status(status).withDetails(members).build();
	}

}
