package dev.startupguard.schema;

import java.util.List;

/**
 * The tables and sequences of one or more schemas at one moment: either what the entities
 * expect or what the database holds.
 *
 * @param tables the tables
 * @param sequences the sequences
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record SchemaSnapshot(List<Table> tables, List<Sequence> sequences) {

	public SchemaSnapshot {
		tables = List.copyOf(tables);
		sequences = List.copyOf(sequences);
	}

}
