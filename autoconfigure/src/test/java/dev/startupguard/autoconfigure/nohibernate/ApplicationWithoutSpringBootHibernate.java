package dev.startupguard.autoconfigure.nohibernate;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.util.ClassUtils;

import dev.startupguard.autoconfigure.StartupGuardAutoConfiguration;
import dev.startupguard.autoconfigure.StartupGuardPolicyAutoConfiguration;
import dev.startupguard.startup.SubjectChecks;

/**
 * An application with Hibernate and a data source but without
 * {@code spring-boot-hibernate} on its class path, run in a JVM of its own by
 * {@code WithoutSpringBootHibernateTests}. It prints what it found and exits.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ StartupGuardPolicyAutoConfiguration.class, StartupGuardAutoConfiguration.class })
public class ApplicationWithoutSpringBootHibernate {

	static final String CUSTOMIZER = "org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer";

	@Bean
	DataSource dataSource() {
		return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
	}

	public static void main(String[] args) {
		System.out.println("customizer class present: " + ClassUtils.isPresent(CUSTOMIZER, null));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
				ApplicationWithoutSpringBootHibernate.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			System.out.println("subject checks: " + context.getBeanNamesForType(SubjectChecks.class).length);
		}
	}

}
