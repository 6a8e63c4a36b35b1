package dev.startupguard.autoconfigure;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.startupguard.endpoint.SchemaDriftEndpoint;
import dev.startupguard.report.LatestReport;
import dev.startupguard.report.Recheck;

/**
 * Auto-configuration of the {@link SchemaDriftEndpoint}. As with Boot's own endpoints,
 * its access is unrestricted by default, but the web exposes it only when the application
 * includes it: {@code management.endpoints.web.exposure.include=schemadrift}.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = StartupGuardAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean({ LatestReport.class, Recheck.class })
@ConditionalOnAvailableEndpoint(SchemaDriftEndpoint.class)
public final class StartupGuardEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SchemaDriftEndpoint schemaDriftEndpoint(LatestReport latest, Recheck recheck) {
		return new SchemaDriftEndpoint(latest, recheck);
	}

}
