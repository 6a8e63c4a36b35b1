package dev.startupguard.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case-insensitive name pattern in which {@code *} stands for any characters and
 * {@code ?} for one.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class NamePattern {

	private final String text;

	private final Pattern pattern;

	private NamePattern(String text) {
		this.text = text;
		StringBuilder regex = new StringBuilder();
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		this.pattern = Pattern.compile(regex.toString());
	}

	/**
	 * Compile a pattern.
	 * @param text the pattern, such as {@code tmp_*}
	 * @return the compiled pattern
	 */
	public static NamePattern of(String text) {
		return new NamePattern(text);
	}

	/**
	 * Return whether the name matches, ignoring case.
	 * @param name the name
	 * @return {@code true} on a match
	 */
	public boolean matches(String name) {
		return this.pattern.matcher(name.toLowerCase(Locale.ROOT)).matches();
	}

	@Override
	public String toString() {
		return this.text;
	}

}
