package dev.startupguard.migration.liquibase;

import java.util.logging.Level;

import liquibase.logging.LogService;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;
import org.jspecify.annotations.Nullable;

/**
 * Liquibase's log, as the guard's reads see it: its warnings and errors pass to the
 * application's Liquibase log, its progress lines ("Reading from DATABASECHANGELOG", "Set
 * default schema name") do not, so a recheck every few minutes adds nothing to the log
 * unless something is wrong.
 *
 * @author Startup Guard contributors
 */
final class WarningsOnlyLogService extends AbstractLogService {

	private final LogService delegate;

	WarningsOnlyLogService(LogService delegate) {
		this.delegate = delegate;
	}

	@Override
	public int getPriority() {
		return PRIORITY_NOT_APPLICABLE;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public Logger getLog(Class type) {
		Logger logger = this.delegate.getLog(type);
		return new AbstractLogger() {

			@Override
			public void log(Level level, String message, @Nullable Throwable ex) {
				if (level.intValue() >= Level.WARNING.intValue()) {
					logger.log(level, message, ex);
				}
			}

		};
	}

}
