package dev.startupguard.zoo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import dev.startupguard.testdb.TestDatabase;

/**
 * The type zoo: JPA entities that together use every common mapping, Hibernate's boot
 * {@link Metadata} for them, and the means to create their schema either by Hibernate or
 * from the hand-written scripts in {@code zoo/}.
 */
public final class ZooMapping {

	private static final List<Class<?>> ENTITIES = List.of(Animal.class, Mammal.class, Bird.class, Enclosure.class,
			Aquarium.class, Aviary.class, Keeper.class, Supplier.class, Order.class, OrderLine.class, Measurement.class,
			Feeding.class, Ticket.class, MedicalRecord.class, Visit.class, GuestBookEntry.class);

	private static final Map<Metadata, SessionFactory> sessionFactories = new ConcurrentHashMap<>();

	private ZooMapping() {
	}

	/**
	 * Return the zoo's entity classes.
	 * @return the entity classes
	 */
	public static List<Class<?>> entities() {
		return ENTITIES;
	}

	/**
	 * Build Hibernate's boot metadata for the zoo against a database, with the dialect
	 * resolved from a connection and the naming strategy Spring Boot applications get.
	 * Closing a session factory built from it leaves its service registry open: release
	 * that with {@link #close(Metadata)}.
	 * @param database the database
	 * @return the metadata
	 */
	public static Metadata metadata(TestDatabase database) {
		return metadata(database, ENTITIES);
	}

	/**
	 * Build Hibernate's boot metadata for entities against a database, as
	 * {@link #metadata(TestDatabase)} does for the zoo. The metadata is the one an
	 * application has once its session factory exists: the session factory is built (and
	 * kept, see {@link #sessionFactory(Metadata)}), so that integrators such as Bean
	 * Validation's have applied their constraints to the mapping ({@code @NotBlank} makes
	 * a column NOT NULL, {@code @Size} gives it a length).
	 * @param database the database
	 * @param entities the entity classes
	 * @return the metadata
	 */
	public static Metadata metadata(TestDatabase database, List<Class<?>> entities) {
		return metadata(database, entities, Map.of());
	}

	/**
	 * Build Hibernate's boot metadata for entities against a database, as
	 * {@link #metadata(TestDatabase, List)} does, with the Hibernate settings an
	 * application adds to its configuration.
	 * @param database the database
	 * @param entities the entity classes
	 * @param settings the application's Hibernate settings
	 * @return the metadata
	 */
	public static Metadata metadata(TestDatabase database, List<Class<?>> entities, Map<String, Object> settings) {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().disableAutoClose()
			.applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource())
			.applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
					CamelCaseToUnderscoresNamingStrategy.class.getName())
			.applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, true)
			.applySettings(settings)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			entities.forEach(sources::addAnnotatedClass);
			Metadata metadata = sources.buildMetadata();
			sessionFactories.put(metadata, metadata.buildSessionFactory());
			return metadata;
		}
		catch (RuntimeException ex) {
			StandardServiceRegistryBuilder.destroy(registry);
			throw ex;
		}
	}

	/**
	 * Release the service registry behind metadata built by {@link #metadata}.
	 * @param metadata the metadata
	 */
	public static void close(Metadata metadata) {
		SessionFactory sessionFactory = sessionFactories.remove(metadata);
		try {
			if (sessionFactory != null) {
				sessionFactory.close();
			}
		}
		finally {
			StandardServiceRegistryBuilder.destroy(serviceRegistry(metadata));
		}
	}

	/**
	 * Return the session factory built with metadata by {@link #metadata}: Hibernate
	 * builds one session factory from a metadata, not two.
	 * @param metadata the metadata
	 * @return its session factory, open until {@link #close(Metadata)}
	 */
	public static SessionFactory sessionFactory(Metadata metadata) {
		SessionFactory sessionFactory = sessionFactories.get(metadata);
		if (sessionFactory == null) {
			throw new IllegalArgumentException("No session factory for this metadata");
		}
		return sessionFactory;
	}

	/**
	 * Let Hibernate create the schema for the metadata in its database, failing on the
	 * first statement that fails.
	 * @param metadata the metadata
	 */
	public static void createSchema(Metadata metadata) {
		StandardServiceRegistry registry = serviceRegistry(metadata);
		Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
		settings.put(SchemaToolingSettings.HBM2DDL_AUTO, Action.CREATE_ONLY.getExternalHbm2ddlName());
		settings.put(SchemaToolingSettings.HBM2DDL_HALT_ON_ERROR, true);
		// the public entry point that Hibernate 7.2 (Spring Boot 4.0) and 7.4 share
		SchemaManagementToolCoordinator.process(metadata, registry, settings, (dropAction) -> {
		});
	}

	/**
	 * Run a hand-written SQL script from the classpath. Statements end with a semicolon
	 * at the end of a line; {@code --} starts a comment.
	 * @param database the database
	 * @param resource the classpath location of the script
	 */
	public static void runScript(TestDatabase database, String resource) {
		List<String> statements = statements(read(resource));
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				try {
					statement.execute(sql);
				}
				catch (SQLException ex) {
					throw new IllegalStateException(
							"Statement of " + resource + " failed: " + ex.getMessage() + "\n" + sql, ex);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Drop everything in the database's schema so that a test can start again.
	 * @param database the database
	 */
	public static void dropAll(TestDatabase database) {
		switch (database.family()) {
			case POSTGRESQL -> database.execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
			case MYSQL -> database.execute("DROP DATABASE " + database.name(), "CREATE DATABASE " + database.name());
			case H2 -> database.execute("DROP ALL OBJECTS");
			default -> throw new IllegalArgumentException("Unsupported database " + database.family());
		}
	}

	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\\R")) {
			String code = withoutComment(line).strip();
			if (code.isEmpty()) {
				continue;
			}
			current.append((current.isEmpty()) ? "" : "\n").append(code);
			if (code.endsWith(";")) {
				current.setLength(current.length() - 1);
				statements.add(current.toString());
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString());
		}
		return statements;
	}

	private static String withoutComment(String line) {
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '-' && line.startsWith("--", i)) {
				return line.substring(0, i);
			}
		}
		return line;
	}

	private static String read(String resource) {
		try (InputStream in = ZooMapping.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No script " + resource + " on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static StandardServiceRegistry serviceRegistry(Metadata metadata) {
		return ((MetadataImplementor) metadata).getMetadataBuildingOptions().getServiceRegistry();
	}

}
