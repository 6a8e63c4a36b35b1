package dev.startupguard.policy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@link AbstractFailureAnalyzer} that explains a {@link SchemaMutationRefusedException}:
 * every refused setting with where it comes from, what it would do and what to use
 * instead, then how to change the schema without it.
 *
 * @author Startup Guard contributors
 */
class SchemaMutationRefusedFailureAnalyzer extends AbstractFailureAnalyzer<SchemaMutationRefusedException> {

	static final String ALLOW_PROPERTY = "startup-guard.allow-schema-mutation-in-production";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaMutationRefusedException cause) {
		String n = System.lineSeparator();
		String description = "Startup Guard refused to start the application in production: "
				+ SchemaMutationText.settings(cause.getMutations().size()) + " would let it change the database schema."
				+ n + n + SchemaMutationText.blocks(cause.getMutations());
		String action = "Leave schema changes to versioned migrations, and let Hibernate only check the schema:" + n
				+ "    - in the production configuration, replace each setting above with its 'instead' line"
				+ " (for Hibernate: spring.jpa.hibernate.ddl-auto=validate, or none);" + n
				+ "    - write the changes the entities need as migrations that Flyway (db/migration/V2__add_column.sql)"
				+ " or Liquibase (a changeset in db/changelog) applies before the code that needs them is deployed." + n
				+ "If this application really must change its own schema in production, set " + ALLOW_PROPERTY
				+ "=true: the start then goes on, with a warning at every start.";
		return new FailureAnalysis(description, action, cause);
	}

}
