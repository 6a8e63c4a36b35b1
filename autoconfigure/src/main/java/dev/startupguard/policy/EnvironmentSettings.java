package dev.startupguard.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.core.env.Environment;

/**
 * Reads properties from an {@link Environment} the way Spring Boot binds them (relaxed
 * names, environment variables, placeholders, precedence of property sources) and keeps,
 * for each value, the property that supplied it and so its origin.
 *
 * @author Startup Guard contributors
 */
final class EnvironmentSettings {

	private final Binder binder;

	EnvironmentSettings(Environment environment) {
		this.binder = Binder.get(environment);
	}

	/**
	 * Return a property's value as Spring Boot would bind it.
	 * @param property the property, in its canonical form
	 * @return the setting, or {@code null} when the property is not set
	 */
	@Nullable BoundSetting get(String property) {
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		Tracker tracker = new Tracker(name);
		BindResult<String> result = this.binder.bind(name, Bindable.of(String.class), tracker);
		if (!result.isBound()) {
			return null;
		}
		ConfigurationProperty supplier = tracker.suppliers.get(property);
		return setting(property, result.get(), supplier);
	}

	/**
	 * Return a property's value as a list, as Spring Boot would bind it.
	 * @param property the property, in its canonical form
	 * @return the values, or {@code null} when the property is not set
	 */
	@Nullable List<String> getList(String property) {
		return this.binder.bind(property, Bindable.listOf(String.class)).orElse(null);
	}

	/**
	 * Return the entries of a {@code Map<String, String>} property, such as
	 * {@code spring.jpa.properties}, keyed as Spring Boot keys them.
	 * @param property the map property, in its canonical form
	 * @return the entries, each named {@code property.key}; empty when none is set
	 */
	Map<String, BoundSetting> getMap(String property) {
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		Tracker tracker = new Tracker(name);
		Map<String, String> values = this.binder.bind(name, Bindable.mapOf(String.class, String.class), tracker)
			.orElse(Map.of());
		Map<String, BoundSetting> settings = new LinkedHashMap<>();
		values.forEach((key, value) -> settings.put(key,
				setting(property + "." + key, (value != null) ? value : "", tracker.suppliers.get(key))));
		return settings;
	}

	private static BoundSetting setting(String property, String value, @Nullable ConfigurationProperty supplier) {
		if (supplier == null) {
			return new BoundSetting(property, value, null, SettingSources.describe(null, null, property));
		}
		ConfigurationPropertySource source = supplier.getSource();
		Object underlyingSource = (source != null) ? source.getUnderlyingSource() : null;
		Origin origin = supplier.getOrigin();
		String name = property;
		if (origin instanceof PropertySourceOrigin propertySourceOrigin) {
			// Spring Boot names the property source around the origin it looked up, if
			// any
			underlyingSource = propertySourceOrigin.getPropertySource();
			name = propertySourceOrigin.getPropertyName();
			origin = propertySourceOrigin.getOrigin();
		}
		return new BoundSetting(property, value, origin, SettingSources.describe(origin, underlyingSource, name));
	}

	/**
	 * Records which configuration property supplied each bound value: the property itself
	 * for a plain value, and each entry, by the key Spring Boot gives it, for a map.
	 */
	private static final class Tracker extends AbstractBindHandler {

		private final ConfigurationPropertyName root;

		private final Map<String, ConfigurationProperty> suppliers = new LinkedHashMap<>();

		Tracker(ConfigurationPropertyName root) {
			this.root = root;
		}

		@Override
		public @Nullable Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
				Object result) {
			ConfigurationProperty property = context.getConfigurationProperty();
			if (property != null) {
				this.suppliers.putIfAbsent(key(name), property);
			}
			return super.onSuccess(name, target, context, result);
		}

		private String key(ConfigurationPropertyName name) {
			if (name.equals(this.root)) {
				return name.toString();
			}
			// The key Spring Boot's map binding gives the entry
			StringBuilder key = new StringBuilder();
			for (int i = this.root.getNumberOfElements(); i < name.getNumberOfElements(); i++) {
				if (!key.isEmpty()) {
					key.append('.');
				}
				key.append(name.getElement(i, Form.ORIGINAL));
			}
			return key.toString();
		}

	}

}
