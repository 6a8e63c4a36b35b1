package dev.startupguard.policy;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.origin.Origin;
import org.springframework.util.Assert;

import dev.startupguard.report.Finding;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.FixRisk;

/**
 * A setting that would let this start change the database schema, with the value that
 * applies and where Spring found it.
 *
 * @param setting the catalogue entry
 * @param property the property as it applies, which may carry a suffix such as a
 * Hibernate contributor name
 * @param value the value that applies
 * @param origin where Spring found the value; {@code null} where Spring knows no origin
 * (command-line arguments, JVM system properties, Spring Boot's defaults)
 * @param source where the value comes from, in words, never {@code null}
 * @param effect what the value does to the database, as the end of a sentence that starts
 * with the setting
 * @param instead the property line to use instead
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record SchemaMutation(SchemaMutationSetting setting, String property, String value, @Nullable Origin origin,
		String source, String effect, String instead) {

	public SchemaMutation {
		Assert.notNull(setting, "'setting' must not be null");
		Assert.hasText(property, "'property' must not be empty");
		Assert.notNull(value, "'value' must not be null");
		Assert.hasText(source, "'source' must not be empty");
		Assert.hasText(effect, "'effect' must not be empty");
		Assert.hasText(instead, "'instead' must not be empty");
	}

	/**
	 * Return whether the setting refuses the start in production.
	 * @return {@code true} if refused in production, {@code false} if only warned about
	 */
	public boolean refusedInProduction() {
		return this.setting.isRefusedInProduction();
	}

	/**
	 * Return the setting as a property line.
	 * @return {@code property=value}
	 */
	public String assignment() {
		return this.property + "=" + this.value;
	}

	/**
	 * Return the setting as a {@link FindingKind#SCHEMA_MUTATION_SETTING} finding, of the
	 * kind's severity: the start that reports it went on by the team's choice.
	 * @return the finding
	 */
	public Finding toFinding() {
		return Finding.of(FindingKind.SCHEMA_MUTATION_SETTING, null, null,
				assignment() + " (" + this.source + ") " + this.effect, this.instead, FixRisk.SAFE);
	}

}
