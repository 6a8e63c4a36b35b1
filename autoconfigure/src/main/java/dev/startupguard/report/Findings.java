package dev.startupguard.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Immutable, ordered set of {@link Finding}s, most severe first.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class Findings implements Iterable<Finding> {

	/**
	 * No findings.
	 */
	public static final Findings NONE = new Findings(List.of());

	private final List<Finding> findings;

	private Findings(List<Finding> findings) {
		this.findings = findings;
	}

	/**
	 * Return the given findings, ordered most severe first.
	 * @param findings the findings
	 * @return the ordered set
	 */
	public static Findings of(Collection<Finding> findings) {
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Finding.MOST_SEVERE_FIRST);
		return new Findings(List.copyOf(sorted));
	}

	/**
	 * Return these findings together with others.
	 * @param others the other findings
	 * @return the union, ordered
	 */
	public Findings and(Findings others) {
		List<Finding> all = new ArrayList<>(this.findings);
		all.addAll(others.findings);
		return of(all);
	}

	/**
	 * Return the findings that match the predicate.
	 * @param predicate the predicate
	 * @return the matching findings
	 */
	public Findings filter(Predicate<Finding> predicate) {
		return new Findings(this.findings.stream().filter(predicate).toList());
	}

	/**
	 * Return the findings at or above the given severity.
	 * @param severity the lowest severity to keep
	 * @return those findings
	 */
	public Findings atLeast(Severity severity) {
		return filter((finding) -> finding.severity().isAtLeast(severity));
	}

	/**
	 * Return how many findings have the given severity.
	 * @param severity the severity
	 * @return the count
	 */
	public int count(Severity severity) {
		return (int) this.findings.stream().filter((finding) -> finding.severity() == severity).count();
	}

	/**
	 * Return the severity of the most severe finding.
	 * @return the highest severity, empty when there are no findings
	 */
	public Optional<Severity> highestSeverity() {
		return this.findings.stream().map(Finding::severity).findFirst();
	}

	/**
	 * Return whether there are no findings.
	 * @return {@code true} when empty
	 */
	public boolean isEmpty() {
		return this.findings.isEmpty();
	}

	/**
	 * Return the number of findings.
	 * @return the size
	 */
	public int size() {
		return this.findings.size();
	}

	/**
	 * Return the findings as a list, most severe first.
	 * @return the list
	 */
	public List<Finding> toList() {
		return this.findings;
	}

	/**
	 * Return the findings as a stream, most severe first.
	 * @return the stream
	 */
	public Stream<Finding> stream() {
		return this.findings.stream();
	}

	@Override
	public Iterator<Finding> iterator() {
		return this.findings.iterator();
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof Findings that && this.findings.equals(that.findings));
	}

	@Override
	public int hashCode() {
		return this.findings.hashCode();
	}

	@Override
	public String toString() {
		return this.findings.toString();
	}

}
