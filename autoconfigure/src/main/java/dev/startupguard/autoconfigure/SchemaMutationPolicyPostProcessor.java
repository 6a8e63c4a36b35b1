package dev.startupguard.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.util.Assert;

import dev.startupguard.policy.ProductionDetector;
import dev.startupguard.policy.SchemaMutationInspector;
import dev.startupguard.policy.SchemaMutationPolicy;
import dev.startupguard.policy.SchemaMutationPolicyReport;

/**
 * {@link BeanFactoryPostProcessor} that applies the production policy once all bean
 * definitions are known and before any bean is created: so before the {@code DataSource},
 * its initializers, the {@code EntityManagerFactory}, Flyway or Liquibase exist. It reads
 * the properties at run time, so that an application processed ahead of time is judged by
 * the profiles and properties it runs with.
 *
 * @author Startup Guard contributors
 */
class SchemaMutationPolicyPostProcessor implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

	/**
	 * Name of the {@link dev.startupguard.policy.SchemaMutationPolicyReport} singleton
	 * the post-processor registers.
	 */
	static final String POLICY_REPORT_BEAN_NAME = "startupGuardSchemaMutationPolicyReport";

	private @Nullable Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
		Assert.state(this.environment != null, "'environment' must not be null");
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// The build's environment is not the one the application will run with
			return;
		}
		StartupGuardProperties properties = bind(this.environment);
		if (properties.isEnabled()) {
			// the report that was enforced is the one every output shows: production is
			// decided here, once
			beanFactory.registerSingleton(POLICY_REPORT_BEAN_NAME,
					policy(properties, beanFactory.getBeanClassLoader()).enforce(this.environment));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/**
	 * Bind Startup Guard's properties from the environment and validate them as the
	 * {@code @ConfigurationProperties} bean is. A bean factory post-processor runs before
	 * {@code @ConfigurationProperties} beans can exist.
	 * @param environment the environment
	 * @return the properties
	 */
	static StartupGuardProperties bind(Environment environment) {
		StartupGuardProperties properties = new StartupGuardProperties();
		Binder.get(environment)
			.bind("startup-guard", Bindable.ofInstance(properties), new ValidationBindHandler(properties));
		return properties;
	}

	/**
	 * Create the policy the properties describe.
	 * @param properties the properties
	 * @param classLoader the application's class loader
	 * @return the policy
	 */
	static SchemaMutationPolicy policy(StartupGuardProperties properties, @Nullable ClassLoader classLoader) {
		return new SchemaMutationPolicy(new SchemaMutationInspector(classLoader),
				new ProductionDetector(properties.getProductionProfiles(), properties.getProduction()),
				properties.isAllowSchemaMutationInProduction());
	}

	/**
	 * Return what the production policy enforced at this start: the report this
	 * post-processor registered, or, where it did not run, the policy's verdict now.
	 * @param enforced the report this post-processor registered, if any
	 * @param properties the properties
	 * @param environment the environment
	 * @param classLoader the application's class loader
	 * @return the report
	 */
	static SchemaMutationPolicyReport enforced(ObjectProvider<SchemaMutationPolicyReport> enforced,
			StartupGuardProperties properties, Environment environment, @Nullable ClassLoader classLoader) {
		return enforced.getIfAvailable(() -> policy(properties, classLoader).evaluate(environment));
	}

}
