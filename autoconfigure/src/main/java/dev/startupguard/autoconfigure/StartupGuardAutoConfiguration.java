package dev.startupguard.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Auto-configuration of Startup Guard's properties.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "startup-guard.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StartupGuardProperties.class)
public final class StartupGuardAutoConfiguration {

}
