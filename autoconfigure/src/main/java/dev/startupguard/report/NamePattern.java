package dev.startupguard.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case-insensitive name pattern in which {@code *} stands for any characters and
 * {@code ?} for one. Every other character stands for itself, except those that only make
 * sense in a regular expression ({@code ^ [ ] ( ) { } | + \}), which are refused: a
 * pattern written as a regular expression would silently match nothing.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class NamePattern {

	/**
	 * Characters a pattern refuses, since they only make sense in a regular expression.
	 */
	public static final String REFUSED_CHARACTERS = "^[](){}|+\\";

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
	 * @throws IllegalArgumentException if the text is blank or written as a regular
	 * expression, with a message saying what patterns accept
	 */
	public static NamePattern of(String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("a pattern must not be blank: it would match no name; use '*' for"
					+ " any characters and '?' for one, such as 'audit_*'");
		}
		for (char c : text.toCharArray()) {
			if (REFUSED_CHARACTERS.indexOf(c) >= 0) {
				throw new IllegalArgumentException("'" + text + "' is written as a regular expression ('" + c
						+ "'), which would match no name: patterns take '*' for any characters and '?' for one,"
						+ " such as 'audit_*' or 'public.tmp_?', and every other character stands for itself;"
						+ " use '?' for any of " + REFUSED_CHARACTERS);
			}
		}
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
