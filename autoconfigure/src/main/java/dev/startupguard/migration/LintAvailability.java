package dev.startupguard.migration;

import org.jspecify.annotations.Nullable;

/**
 * Whether the lint can run: its SQL parser, JSqlParser, is an optional dependency of the
 * guard, and without it nothing is linted.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class LintAvailability {

	private static final String PARSER = "net.sf.jsqlparser.parser.CCJSqlParserUtil";

	/**
	 * What a migration that was not linted for want of the parser says.
	 */
	public static final String ADD_THE_PARSER = "add com.github.jsqlparser:jsqlparser to the application to have"
			+ " its migrations linted";

	private LintAvailability() {
	}

	/**
	 * Return whether the parser is on the application's class path.
	 * @param classLoader the application's class loader, {@code null} for the guard's
	 * @return whether migrations can be linted
	 */
	public static boolean parserPresent(@Nullable ClassLoader classLoader) {
		try {
			Class.forName(PARSER, false, (classLoader != null) ? classLoader : LintAvailability.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
