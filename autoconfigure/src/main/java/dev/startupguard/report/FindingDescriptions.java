package dev.startupguard.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The one JSON shape of a finding, for every output that serializes findings (health
 * details, the endpoint): a map rather than the record, so that the JSON keeps its shape
 * whatever the record grows, and shows absent values as {@code null}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class FindingDescriptions {

	private FindingDescriptions() {
	}

	/**
	 * Describe a finding: {@code severity}, {@code kind}, {@code table}, {@code column},
	 * {@code message}, {@code fix} and {@code fixRisk}.
	 * @param finding the finding
	 * @return its description
	 */
	public static Map<String, @Nullable Object> describe(Finding finding) {
		Map<String, @Nullable Object> described = new LinkedHashMap<>();
		described.put("severity", finding.severity().name());
		described.put("kind", finding.kind().name());
		described.put("table", finding.table());
		described.put("column", finding.column());
		described.put("message", finding.message());
		described.put("fix", finding.fix());
		described.put("fixRisk", (finding.fixRisk() != null) ? finding.fixRisk().name() : null);
		return described;
	}

	/**
	 * Describe a suppressed finding: the finding's description and the {@code reason} it
	 * is muted.
	 * @param suppressed the suppressed finding
	 * @return its description
	 */
	public static Map<String, @Nullable Object> describe(SuppressedFinding suppressed) {
		Map<String, @Nullable Object> described = describe(suppressed.finding());
		described.put("reason", suppressed.reason());
		return described;
	}

}
