package dev.startupguard.startup.multi;

import javax.sql.DataSource;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * An application with two persistence units on two databases: sales on the database
 * {@code sales.url} names, audit on {@code audit.url}.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class TwoUnitsApplication {

	@Bean
	@Primary
	DataSource salesDataSource(Environment environment) {
		return DataSourceBuilder.create().url(environment.getRequiredProperty("sales.url")).build();
	}

	@Bean
	DataSource auditDataSource(Environment environment) {
		return DataSourceBuilder.create()
			.url(environment.getRequiredProperty("audit.url"))
			.username(environment.getProperty("audit.username"))
			.build();
	}

	@Bean
	@Primary
	LocalContainerEntityManagerFactoryBean salesEntityManagerFactory(DataSource salesDataSource) {
		return entityManagerFactory("sales", salesDataSource, "dev.startupguard.startup.multi.sales");
	}

	@Bean
	LocalContainerEntityManagerFactoryBean auditEntityManagerFactory(
			@Qualifier("auditDataSource") DataSource auditDataSource) {
		return entityManagerFactory("audit", auditDataSource, "dev.startupguard.startup.multi.audit");
	}

	private static LocalContainerEntityManagerFactoryBean entityManagerFactory(String unit, DataSource dataSource,
			String packageToScan) {
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setPersistenceUnitName(unit);
		factory.setDataSource(dataSource);
		factory.setPackagesToScan(packageToScan);
		factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		factory.getJpaPropertyMap()
			.put("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName());
		return factory;
	}

}
