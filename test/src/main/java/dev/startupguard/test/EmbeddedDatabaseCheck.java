package dev.startupguard.test;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;

/**
 * {@link BeanPostProcessor} that refuses an embedded data source in a
 * {@link MigratedSchemaTest @MigratedSchemaTest} unless the test allows one, before any
 * migration runs on it: migrations written for the production database can pass on H2
 * while they fail or build another schema on the real one, and the other way round.
 *
 * @author Startup Guard contributors
 */
class EmbeddedDatabaseCheck implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(EmbeddedDatabaseCheck.class);

	private final boolean allowed;

	EmbeddedDatabaseCheck(boolean allowed) {
		this.allowed = allowed;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && EmbeddedDatabaseConnection.isEmbedded(dataSource)) {
			if (!this.allowed) {
				throw new IllegalStateException("@MigratedSchemaTest found the embedded database of data source '"
						+ beanName + "': " + EmbeddedDatabases.DIALECT_WARNING + " Give the test a database of the"
						+ " kind production runs: @MigratedSchemaTest(databaseUrl = \"jdbc:postgresql://...\") or"
						+ " the property " + MigratedSchemaContextCustomizer.DATABASE_URL_PROPERTY + " (a scratch"
						+ " database is created on that server), or a Testcontainers container with"
						+ " @ServiceConnection. To check against it anyway, set"
						+ " @MigratedSchemaTest(allowEmbedded = true).");
			}
			logger.warn("@MigratedSchemaTest checks the migrations on the embedded database of data source '" + beanName
					+ "': " + EmbeddedDatabases.DIALECT_WARNING);
		}
		return bean;
	}

}
