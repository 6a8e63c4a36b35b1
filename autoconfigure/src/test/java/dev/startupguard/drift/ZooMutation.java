package dev.startupguard.drift;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.startupguard.report.FindingKind;
import dev.startupguard.schema.DatabaseFamily;
import dev.startupguard.schema.SchemaSnapshot;
import dev.startupguard.schema.Table;

/**
 * One change to the type zoo's schema and the single finding it must cause: an entry of
 * the mutation corpus.
 *
 * @param description what the change does
 * @param kind the kind of the one finding the change must cause
 * @param table the finding's table, as written in the zoo's mapping
 * @param column the finding's column, or {@code null}
 * @param statements the statements that make the change, given the database family and
 * the live schema before the change (for constraint names the database generated)
 */
record ZooMutation(String description, FindingKind kind, @Nullable String table, @Nullable String column,
		Function<Context, List<String>> statements) {

	@Override
	public String toString() {
		return this.description;
	}

	/**
	 * What a mutation needs to write its statements.
	 *
	 * @param family the database family
	 * @param live the live schema before the change
	 */
	record Context(DatabaseFamily family, SchemaSnapshot live) {

		/**
		 * Return an unquoted name as the database stores it.
		 * @param name the name in lower case
		 * @return the stored name
		 */
		String name(String name) {
			return (this.family == DatabaseFamily.H2) ? name.toUpperCase(Locale.ROOT) : name;
		}

		/**
		 * Return a name the mapping quotes, which every database stores as written.
		 * @param name the name as the mapping writes it
		 * @return the quoted name
		 */
		String quoted(String name) {
			return (this.family == DatabaseFamily.MYSQL) ? "`" + name + "`" : "\"" + name + "\"";
		}

		Table table(String name) {
			return this.live.tables()
				.stream()
				.filter((table) -> table.name().name().equalsIgnoreCase(name))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No table " + name + " in the zoo"));
		}

		String alterType(String table, String column, String type, boolean nullable) {
			return switch (this.family) {
				case POSTGRESQL -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + type;
				case MYSQL -> "ALTER TABLE " + table + " MODIFY COLUMN " + column + " " + type
						+ (nullable ? " NULL" : " NOT NULL");
				default -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + type;
			};
		}

		String setNullable(String table, String column, String mysqlType, boolean nullable) {
			if (this.family == DatabaseFamily.MYSQL) {
				return alterType(table, column, mysqlType, nullable);
			}
			return "ALTER TABLE " + table + " ALTER COLUMN " + column + (nullable ? " DROP NOT NULL" : " SET NOT NULL");
		}

		String dropUnique(String table, String constraint) {
			return (this.family == DatabaseFamily.MYSQL) ? "ALTER TABLE " + table + " DROP INDEX " + constraint
					: "ALTER TABLE " + table + " DROP CONSTRAINT " + constraint;
		}

		String dropForeignKey(String table, String constraint) {
			return (this.family == DatabaseFamily.MYSQL) ? "ALTER TABLE " + table + " DROP FOREIGN KEY " + constraint
					: "ALTER TABLE " + table + " DROP CONSTRAINT " + constraint;
		}

		String dropIndex(String table, String index) {
			return (this.family == DatabaseFamily.MYSQL) ? "DROP INDEX " + index + " ON " + table
					: "DROP INDEX " + index;
		}

	}

}
