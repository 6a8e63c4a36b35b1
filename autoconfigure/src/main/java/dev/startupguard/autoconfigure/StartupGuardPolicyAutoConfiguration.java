package dev.startupguard.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.startupguard.policy.SchemaMutationPolicyReport;

/**
 * Auto-configuration of Startup Guard's production policy: refuses to start in production
 * with settings that let the application change its database schema, and exposes what it
 * found as a {@link SchemaMutationPolicyReport} singleton, the report it enforced.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "startup-guard.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StartupGuardProperties.class)
public final class StartupGuardPolicyAutoConfiguration {

	@Bean
	static SchemaMutationPolicyPostProcessor startupGuardSchemaMutationPolicyPostProcessor() {
		return new SchemaMutationPolicyPostProcessor();
	}

}
