package dev.startupguard.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Type of a column: its declaration as the database or the mapping writes it, and what
 * that declaration means.
 *
 * @param declaration the type as written in DDL, such as {@code varchar(255)}
 * @param family the kind of value the type holds
 * @param length characters for strings, bytes for binaries, integers and floats;
 * {@code null} when unbounded or not stated
 * @param precision digits for decimals, fractional second digits for times; {@code null}
 * when not stated
 * @param scale digits after the point for decimals; {@code null} when not stated
 * @param enumValues the values of a native enumerated type, in declaration order
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record ColumnType(String declaration, TypeFamily family, @Nullable Integer length, @Nullable Integer precision,
		@Nullable Integer scale, List<String> enumValues) {

	public ColumnType {
		enumValues = List.copyOf(enumValues);
	}

	/**
	 * Return this type without the sizes that were not stated explicitly.
	 * @param keepLength whether the length was stated
	 * @param keepPrecisionAndScale whether precision and scale were stated
	 * @return a type that compares only what was stated
	 */
	public ColumnType withStatedSizes(boolean keepLength, boolean keepPrecisionAndScale) {
		return new ColumnType(this.declaration, this.family, keepLength ? this.length : null,
				keepPrecisionAndScale ? this.precision : null, keepPrecisionAndScale ? this.scale : null,
				this.enumValues);
	}

	@Override
	public String toString() {
		return this.declaration;
	}

}
