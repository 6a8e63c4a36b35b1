package dev.startupguard.policy;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.origin.Origin;

/**
 * A property value as it applies, with where it comes from.
 *
 * @param property the property name
 * @param value the value, placeholders resolved
 * @param origin the origin Spring knows for it, {@code null} where it knows none
 * @param source where the value comes from, in words
 * @author Startup Guard contributors
 */
record BoundSetting(String property, String value, @Nullable Origin origin, String source) {

	/**
	 * Return this setting under another property name, from the same place.
	 * @param property the other name
	 * @return the renamed setting
	 */
	BoundSetting withProperty(String property) {
		return new BoundSetting(property, this.value, this.origin, this.source);
	}

}
