package dev.startupguard.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Decides whether the application runs in production: an explicit setting wins, otherwise
 * any active production profile means production.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class ProductionDetector {

	private final List<String> productionProfiles;

	private final @Nullable Boolean production;

	/**
	 * Create a detector.
	 * @param productionProfiles the profiles that mean production
	 * @param production the explicit setting, {@code null} to detect by profiles
	 */
	public ProductionDetector(List<String> productionProfiles, @Nullable Boolean production) {
		this.productionProfiles = List.copyOf(productionProfiles);
		this.production = production;
	}

	/**
	 * Return whether the application runs in production.
	 * @param environment the application's environment
	 * @return {@code true} in production
	 */
	public boolean isProduction(Environment environment) {
		if (this.production != null) {
			return this.production;
		}
		return !this.productionProfiles.isEmpty()
				&& environment.acceptsProfiles(Profiles.of(this.productionProfiles.toArray(String[]::new)));
	}

}
