package dev.startupguard.policy;

import java.util.List;

import org.springframework.util.Assert;

/**
 * Thrown when the application would start in production with settings that let it change
 * the database schema. {@link SchemaMutationRefusedFailureAnalyzer} explains it.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public class SchemaMutationRefusedException extends RuntimeException {

	private final List<SchemaMutation> mutations;

	/**
	 * Create an exception for the given settings.
	 * @param mutations the refused settings, at least one
	 */
	public SchemaMutationRefusedException(List<SchemaMutation> mutations) {
		super(message(mutations));
		this.mutations = List.copyOf(mutations);
	}

	private static String message(List<SchemaMutation> mutations) {
		Assert.notEmpty(mutations, "'mutations' must not be empty");
		return "Startup Guard refused to start in production: " + SchemaMutationText.settings(mutations.size())
				+ " would let the application change the database schema: " + SchemaMutationText.line(mutations);
	}

	/**
	 * Return the refused settings.
	 * @return the settings, at least one
	 */
	public List<SchemaMutation> getMutations() {
		return this.mutations;
	}

}
