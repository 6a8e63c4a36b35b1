package dev.startupguard.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Works out which settings decide what Hibernate's schema tooling does at startup, by
 * following the same precedence as Spring Boot and Hibernate:
 * <ol>
 * <li>Spring Boot resolves {@code hibernate.hbm2ddl.auto} from
 * {@code spring.jpa.properties.hibernate.hbm2ddl.auto}, else
 * {@code spring.jpa.hibernate.ddl-auto}, else (unless
 * {@code spring.jpa.properties.jakarta.persistence.schema-generation.database.action} is
 * set) its default, and passes it on unless it is {@code none};</li>
 * <li>Spring's JPA vendor adapter turns {@code spring.jpa.generate-ddl=true} into
 * {@code hibernate.hbm2ddl.auto=update} where the properties passed on hold no
 * {@code hibernate.hbm2ddl.auto};</li>
 * <li>what Spring passes on wins over Hibernate's own {@code hibernate.properties} and
 * JVM system properties;</li>
 * <li>Hibernate uses the Jakarta Persistence database action (the {@code jakarta} name,
 * else the {@code javax} one, each possibly qualified by a contributor such as
 * {@code .orm}) where one is set, ignores {@code hibernate.hbm2ddl.auto} where only a
 * script action is set, and uses {@code hibernate.hbm2ddl.auto} otherwise.</li>
 * </ol>
 * A setting that another one overrides is not reported: it does nothing at this start.
 *
 * @author Startup Guard contributors
 */
final class HibernateSchemaActions {

	static final String HBM2DDL_AUTO = "hibernate.hbm2ddl.auto";

	static final String DATABASE_ACTION = "jakarta.persistence.schema-generation.database.action";

	static final String JAVAX_DATABASE_ACTION = "javax.persistence.schema-generation.database.action";

	static final String SCRIPTS_ACTION = "jakarta.persistence.schema-generation.scripts.action";

	static final String JAVAX_SCRIPTS_ACTION = "javax.persistence.schema-generation.scripts.action";

	private static final List<String> KEYS = List.of(HBM2DDL_AUTO, DATABASE_ACTION, JAVAX_DATABASE_ACTION,
			SCRIPTS_ACTION, JAVAX_SCRIPTS_ACTION);

	/**
	 * Hibernate's contributor of the entity mappings, whose settings may be qualified as
	 * {@code hibernate.hbm2ddl.auto.orm}.
	 */
	private static final String ORM_CONTRIBUTOR = "orm";

	private static final String JPA_PROPERTIES = "spring.jpa.properties";

	private HibernateSchemaActions() {
	}

	/**
	 * Return whether a Hibernate setting name is one that decides the schema action.
	 * @param name the name, possibly qualified by a contributor
	 * @return {@code true} for the keys this class reads
	 */
	static boolean isSchemaActionKey(String name) {
		return KEYS.stream().anyMatch((key) -> name.equals(key) || name.startsWith(key + "."));
	}

	/**
	 * Return the settings that make Hibernate change the schema at startup.
	 * @param settings the application's settings
	 * @param hibernateGlobals what Hibernate reads by itself (system properties,
	 * {@code hibernate.properties}), keyed by name
	 * @param bootDefault Spring Boot's default for {@code ddl-auto}, called only where it
	 * applies; returns {@code null} where the default is {@code none}
	 * @return the settings that change the schema, each once
	 */
	static List<SchemaMutation> mutations(EnvironmentSettings settings, Map<String, BoundSetting> hibernateGlobals,
			Supplier<@Nullable BoundSetting> bootDefault) {
		Map<String, Entry> passedOn = passedOnBySpring(settings, bootDefault);
		Map<String, Entry> hibernateSettings = new LinkedHashMap<>();
		hibernateGlobals.forEach((name, setting) -> {
			if (isSchemaActionKey(name)) {
				hibernateSettings.put(name, Entry.of(globalSetting(name), setting));
			}
		});
		hibernateSettings.putAll(passedOn);
		Set<String> contributors = new LinkedHashSet<>();
		contributors.add(ORM_CONTRIBUTOR);
		for (String name : hibernateSettings.keySet()) {
			for (String key : KEYS) {
				if (name.startsWith(key + ".")) {
					contributors.add(name.substring(key.length() + 1));
				}
			}
		}
		Set<Entry> deciding = new LinkedHashSet<>();
		for (String contributor : contributors) {
			Entry entry = decidingEntry(hibernateSettings, contributor);
			if (entry != null && entry.action().mutates()) {
				deciding.add(entry);
			}
		}
		List<SchemaMutation> mutations = new ArrayList<>();
		for (Entry entry : deciding) {
			BoundSetting bound = entry.bound();
			mutations.add(new SchemaMutation(entry.setting(), bound.property(), bound.value(), bound.origin(),
					bound.source(), entry.setting().effect(bound.value()), entry.setting().instead(bound.property())));
		}
		return mutations;
	}

	/**
	 * Return the schema settings Spring passes to Hibernate, keyed by Hibernate name.
	 */
	private static Map<String, Entry> passedOnBySpring(EnvironmentSettings settings,
			Supplier<@Nullable BoundSetting> bootDefault) {
		Map<String, BoundSetting> jpaProperties = settings.getMap(JPA_PROPERTIES);
		Map<String, Entry> passedOn = new LinkedHashMap<>();
		jpaProperties.forEach((name, setting) -> {
			if (isSchemaActionKey(name)) {
				passedOn.put(name, Entry.of(jpaPropertiesSetting(name), setting));
			}
		});
		Entry ddlAuto = resolveDdlAuto(settings, jpaProperties, bootDefault);
		if (ddlAuto != null && StringUtils.hasText(ddlAuto.bound().value())
				&& !"none".equals(ddlAuto.bound().value())) {
			passedOn.put(HBM2DDL_AUTO, ddlAuto);
		}
		BoundSetting generateDdl = settings.get(SchemaMutationSetting.GENERATE_DDL.property());
		if (generateDdl != null && SchemaMutationSetting.GENERATE_DDL.mutates(generateDdl.value())
				&& !passedOn.containsKey(HBM2DDL_AUTO)) {
			passedOn.put(HBM2DDL_AUTO, new Entry(SchemaMutationSetting.GENERATE_DDL, generateDdl, SchemaAction.UPDATE));
		}
		return passedOn;
	}

	private static @Nullable Entry resolveDdlAuto(EnvironmentSettings settings, Map<String, BoundSetting> jpaProperties,
			Supplier<@Nullable BoundSetting> bootDefault) {
		BoundSetting hbm2ddlAuto = jpaProperties.get(HBM2DDL_AUTO);
		if (hbm2ddlAuto != null) {
			return Entry.of(SchemaMutationSetting.JPA_PROPERTIES_HBM2DDL_AUTO, hbm2ddlAuto);
		}
		BoundSetting ddlAuto = settings.get(SchemaMutationSetting.DDL_AUTO.property());
		if (ddlAuto != null) {
			return Entry.of(SchemaMutationSetting.DDL_AUTO, ddlAuto);
		}
		if (jpaProperties.containsKey(DATABASE_ACTION)) {
			return null;
		}
		BoundSetting defaultDdlAuto = bootDefault.get();
		return (defaultDdlAuto != null) ? Entry.of(SchemaMutationSetting.DEFAULT_DDL_AUTO, defaultDdlAuto) : null;
	}

	/**
	 * Return the setting whose value decides the database action for one contributor, as
	 * Hibernate's schema management tooling reads it.
	 */
	private static @Nullable Entry decidingEntry(Map<String, Entry> settings, String contributor) {
		Entry databaseAction = first(settings, DATABASE_ACTION + "." + contributor,
				JAVAX_DATABASE_ACTION + "." + contributor, DATABASE_ACTION, JAVAX_DATABASE_ACTION);
		if (databaseAction != null) {
			return databaseAction;
		}
		Entry scriptsAction = first(settings, SCRIPTS_ACTION + "." + contributor,
				JAVAX_SCRIPTS_ACTION + "." + contributor, SCRIPTS_ACTION, JAVAX_SCRIPTS_ACTION);
		if (scriptsAction != null && scriptsAction.action() != SchemaAction.NONE) {
			return null;
		}
		return first(settings, HBM2DDL_AUTO + "." + contributor, HBM2DDL_AUTO);
	}

	private static @Nullable Entry first(Map<String, Entry> settings, String... names) {
		for (String name : names) {
			Entry entry = settings.get(name);
			if (entry != null) {
				return entry;
			}
		}
		return null;
	}

	private static SchemaMutationSetting jpaPropertiesSetting(String name) {
		if (name.startsWith(HBM2DDL_AUTO)) {
			return SchemaMutationSetting.JPA_PROPERTIES_HBM2DDL_AUTO;
		}
		return name.startsWith("javax.") ? SchemaMutationSetting.JPA_PROPERTIES_JAVAX_DATABASE_ACTION
				: SchemaMutationSetting.JPA_PROPERTIES_DATABASE_ACTION;
	}

	private static SchemaMutationSetting globalSetting(String name) {
		if (name.startsWith(HBM2DDL_AUTO)) {
			return SchemaMutationSetting.HIBERNATE_HBM2DDL_AUTO;
		}
		return name.startsWith("javax.") ? SchemaMutationSetting.JAVAX_DATABASE_ACTION
				: SchemaMutationSetting.DATABASE_ACTION;
	}

	/**
	 * A Hibernate setting: the catalogue entry it belongs to, the property that holds it,
	 * and the action its value means.
	 */
	private record Entry(SchemaMutationSetting setting, BoundSetting bound, SchemaAction action) {

		static Entry of(SchemaMutationSetting setting, BoundSetting bound) {
			String name = bound.property();
			boolean jpaName = name.contains(DATABASE_ACTION) || name.contains(JAVAX_DATABASE_ACTION)
					|| name.contains(SCRIPTS_ACTION) || name.contains(JAVAX_SCRIPTS_ACTION);
			SchemaAction action = jpaName ? SchemaAction.ofJpa(bound.value()) : SchemaAction.ofHbm2ddl(bound.value());
			return new Entry(setting, bound, action);
		}

	}

}
