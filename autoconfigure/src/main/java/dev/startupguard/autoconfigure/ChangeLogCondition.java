package dev.startupguard.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application has a Liquibase changelog to read: one named by
 * {@code spring.liquibase.change-log}, or Spring Boot's default one on the class path.
 * Liquibase on the class path alone, with no changelog, is no sign that the application
 * migrates with it.
 *
 * @author Startup Guard contributors
 */
class ChangeLogCondition extends SpringBootCondition {

	private static final String DEFAULT_CHANGE_LOG = "classpath:/db/changelog/db.changelog-master.yaml";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (context.getEnvironment().containsProperty("spring.liquibase.change-log")) {
			return ConditionOutcome.match("spring.liquibase.change-log is set");
		}
		return context.getResourceLoader().getResource(DEFAULT_CHANGE_LOG).exists()
				? ConditionOutcome.match("found " + DEFAULT_CHANGE_LOG)
				: ConditionOutcome.noMatch("no spring.liquibase.change-log and no " + DEFAULT_CHANGE_LOG);
	}

}
