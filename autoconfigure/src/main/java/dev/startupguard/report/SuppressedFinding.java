package dev.startupguard.report;

import org.jspecify.annotations.Nullable;

/**
 * A finding the application chose to live with: listed in the report, but neither failing
 * the start nor counting as drift.
 *
 * @param finding the finding
 * @param reason why it is muted, as configured; {@code null} when none was given
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record SuppressedFinding(Finding finding, @Nullable String reason) {

}
