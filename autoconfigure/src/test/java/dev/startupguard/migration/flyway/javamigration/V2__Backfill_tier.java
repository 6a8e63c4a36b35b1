package dev.startupguard.migration.flyway.javamigration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Java migration, which the lint cannot read. The tests only ever see it pending.
 */
public class V2__Backfill_tier extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		throw new IllegalStateException("Never applied by the tests");
	}

}
