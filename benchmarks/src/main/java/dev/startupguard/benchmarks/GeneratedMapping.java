package dev.startupguard.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ByteArrayClassLoader;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.SchemaValidator;
import org.jspecify.annotations.Nullable;

/**
 * A schema of any number of tables, made up at run time: entity classes {@code Entity0}
 * to {@code EntityN-1} generated with Byte Buddy as plain fields, and their whole mapping
 * written as JPA XML ({@code orm.xml}). Each table has an identity key, eight columns of
 * mixed types (sized strings, a decimal, a timestamp, a boolean, integers), a unique
 * column, a two-column index and a foreign key to the previous table, so every kind of
 * object the guard reads is there in proportion to the table count.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class GeneratedMapping {

	/**
	 * Where {@link #writeTo(Path)} puts the mapping, a class path resource for
	 * {@code spring.jpa.mapping-resources}.
	 */
	public static final String ORM_XML_RESOURCE = "META-INF/generated-orm.xml";

	private static final String PACKAGE = "dev.startupguard.benchmarks.generated";

	// Hibernate logs through java.util.logging here; its boot chatter would bury the
	// results. The logger is held so that its level is not collected with it.
	private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate");

	static {
		HIBERNATE_LOGGER.setLevel(Level.WARNING);
	}

	private final int tables;

	private final Map<String, byte[]> classes;

	private final ClassLoader classLoader;

	private final String ormXml;

	private GeneratedMapping(int tables, Map<String, byte[]> classes, String ormXml) {
		this.tables = tables;
		this.classes = classes;
		this.classLoader = new ByteArrayClassLoader(GeneratedMapping.class.getClassLoader(), classes);
		this.ormXml = ormXml;
	}

	/**
	 * Generate the classes and the mapping of a schema of the given number of tables.
	 * @param tables the number of tables, at least one
	 * @return the mapping
	 */
	public static GeneratedMapping of(int tables) {
		if (tables < 1) {
			throw new IllegalArgumentException("'tables' must be at least 1");
		}
		return new GeneratedMapping(tables, entityClasses(tables), ormXml(tables));
	}

	/**
	 * Return the number of tables.
	 * @return the number of tables
	 */
	public int tables() {
		return this.tables;
	}

	/**
	 * Return the mapping as JPA XML.
	 * @return the {@code orm.xml} text
	 */
	public String ormXml() {
		return this.ormXml;
	}

	/**
	 * Write the entity classes and the mapping into a directory, as a class path entry of
	 * an application: the classes under their packages, the mapping as
	 * {@value #ORM_XML_RESOURCE}.
	 * @param directory the directory, created if needed
	 * @throws IOException if a file cannot be written
	 */
	public void writeTo(Path directory) throws IOException {
		for (Map.Entry<String, byte[]> type : this.classes.entrySet()) {
			Path file = directory.resolve(type.getKey().replace('.', '/') + ".class");
			Files.createDirectories(file.getParent());
			Files.write(file, type.getValue());
		}
		Path ormXml = directory.resolve(ORM_XML_RESOURCE);
		Files.createDirectories(ormXml.getParent());
		Files.writeString(ormXml, this.ormXml);
	}

	/**
	 * Build Hibernate's boot metadata for the mapping against a data source, with the
	 * dialect resolved from a connection and the naming strategy Spring Boot applications
	 * get. Release it with {@link #close(Metadata)}.
	 * @param dataSource the data source
	 * @return the metadata
	 */
	public Metadata metadata(DataSource dataSource) {
		BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(this.classLoader)
			.build();
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).disableAutoClose()
			.applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
			.applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
					CamelCaseToUnderscoresNamingStrategy.class.getName())
			.applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, true)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			sources.addInputStream(new ByteArrayInputStream(this.ormXml.getBytes(StandardCharsets.UTF_8)));
			return sources.buildMetadata();
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
		StandardServiceRegistryBuilder.destroy(serviceRegistry(metadata));
	}

	/**
	 * Let Hibernate create the schema for the metadata in its database, failing on the
	 * first statement that fails.
	 * @param metadata the metadata
	 */
	public static void createSchema(Metadata metadata) {
		StandardServiceRegistry registry = serviceRegistry(metadata);
		Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
		settings.put(AvailableSettings.HBM2DDL_AUTO, Action.CREATE_ONLY.getExternalHbm2ddlName());
		settings.put(AvailableSettings.HBM2DDL_HALT_ON_ERROR, true);
		// the public entry point that Hibernate 7.2 (Spring Boot 4.0) and 7.4 share
		SchemaManagementToolCoordinator.process(metadata, registry, settings, (dropAction) -> {
		});
	}

	/**
	 * Prepare Hibernate's own schema validation ({@code ddl-auto=validate}) of the
	 * metadata, reading the catalog with the given extraction strategy.
	 * @param metadata the metadata
	 * @param extractionStrategy {@code grouped} (Hibernate's default), or
	 * {@code individually}
	 * @return the validation, to run as often as needed
	 */
	public static Runnable hibernateValidation(Metadata metadata, String extractionStrategy) {
		StandardServiceRegistry registry = serviceRegistry(metadata);
		Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
		settings.put(AvailableSettings.HBM2DDL_JDBC_METADATA_EXTRACTOR_STRATEGY, extractionStrategy);
		SchemaValidator validator = registry.requireService(SchemaManagementTool.class).getSchemaValidator(settings);
		ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings,
				ExceptionHandlerHaltImpl.INSTANCE);
		return () -> validator.doValidation(metadata, options, ContributableMatcher.ALL);
	}

	private static StandardServiceRegistry serviceRegistry(Metadata metadata) {
		return ((MetadataImplementor) metadata).getMetadataBuildingOptions().getServiceRegistry();
	}

	private static Map<String, byte[]> entityClasses(int tables) {
		// Java 17 class files, whatever the JDK: Byte Buddy refuses versions newer than
		// it knows
		ByteBuddy byteBuddy = new ByteBuddy(ClassFileVersion.JAVA_V17);
		Map<String, byte[]> classes = new LinkedHashMap<>();
		@Nullable TypeDescription previous = null;
		for (int i = 0; i < tables; i++) {
			DynamicType.Builder<Object> builder = byteBuddy.subclass(Object.class)
				.name(PACKAGE + "." + entityName(i))
				.defineField("id", Long.class, Visibility.PRIVATE)
				.defineField("name", String.class, Visibility.PRIVATE)
				.defineField("code", String.class, Visibility.PRIVATE)
				.defineField("amount", BigDecimal.class, Visibility.PRIVATE)
				.defineField("createdAt", LocalDateTime.class, Visibility.PRIVATE)
				.defineField("active", boolean.class, Visibility.PRIVATE)
				.defineField("counter", Long.class, Visibility.PRIVATE)
				.defineField("quantity", Integer.class, Visibility.PRIVATE)
				.defineField("note", String.class, Visibility.PRIVATE);
			if (previous != null) {
				builder = builder.defineField("previous", previous, Visibility.PRIVATE);
			}
			DynamicType.Unloaded<Object> type = builder.make();
			classes.put(type.getTypeDescription().getName(), type.getBytes());
			previous = type.getTypeDescription();
		}
		return classes;
	}

	static String entityName(int index) {
		return "Entity" + index;
	}

	private static String ormXml(int tables) {
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<entity-mappings xmlns=\"https://jakarta.ee/xml/ns/persistence/orm\" version=\"3.2\">\n");
		xml.append("\t<package>").append(PACKAGE).append("</package>\n");
		for (int i = 0; i < tables; i++) {
			String table = "entity" + i;
			xml.append("\t<entity class=\"").append(entityName(i)).append("\" access=\"FIELD\">\n");
			xml.append("\t\t<table name=\"").append(table).append("\">\n");
			xml.append("\t\t\t<index name=\"")
				.append(table)
				.append("_name_created_idx\" column-list=\"name, created_at\"/>\n");
			xml.append("\t\t</table>\n");
			xml.append("\t\t<attributes>\n");
			xml.append("\t\t\t<id name=\"id\"><generated-value strategy=\"IDENTITY\"/></id>\n");
			xml.append("\t\t\t<basic name=\"name\" optional=\"false\">")
				.append("<column name=\"name\" length=\"80\" nullable=\"false\"/></basic>\n");
			xml.append("\t\t\t<basic name=\"code\"><column name=\"code\" length=\"32\" unique=\"true\"/></basic>\n");
			xml.append("\t\t\t<basic name=\"amount\"><column name=\"amount\" precision=\"12\" scale=\"2\"/></basic>\n");
			xml.append("\t\t\t<basic name=\"createdAt\"><column name=\"created_at\"/></basic>\n");
			xml.append("\t\t\t<basic name=\"active\"/>\n");
			xml.append("\t\t\t<basic name=\"counter\"/>\n");
			xml.append("\t\t\t<basic name=\"quantity\"/>\n");
			xml.append("\t\t\t<basic name=\"note\"/>\n");
			if (i > 0) {
				xml.append("\t\t\t<many-to-one name=\"previous\" fetch=\"LAZY\">")
					.append("<join-column name=\"previous_id\"/></many-to-one>\n");
			}
			xml.append("\t\t</attributes>\n");
			xml.append("\t</entity>\n");
		}
		xml.append("</entity-mappings>\n");
		return xml.toString();
	}

}
