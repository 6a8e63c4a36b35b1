package dev.startupguard.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import dev.startupguard.report.GuardReport;
import dev.startupguard.report.LatestReport;

/**
 * {@link ParameterResolver} that hands a test method of a
 * {@link MigratedSchemaTest @MigratedSchemaTest} the guard's report of its context, which
 * the start has completed before any test method runs.
 *
 * @author Startup Guard contributors
 */
class GuardReportParameterResolver implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == GuardReport.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return SpringExtension.getApplicationContext(extensionContext)
			.getBeanProvider(LatestReport.class)
			.getIfAvailable(() -> {
				throw new IllegalStateException("The test context has no Startup Guard report: it has no data"
						+ " source, or startup-guard.enabled is false. @MigratedSchemaTest needs a DataSource and"
						+ " the entities' JPA setup.");
			})
			.get();
	}

}
