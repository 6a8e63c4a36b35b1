package dev.startupguard.schema;

import java.util.List;

/**
 * The tables and sequences of one or more schemas at one moment: either what the entities
 * expect or what the database holds.
 *
 * @param tables the tables
 * @param sequences the sequences
 * @param sequencesRead whether the sequences could be read: {@code false} where the
 * catalog cannot list them, so that none can be said to be missing
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public record SchemaSnapshot(List<Table> tables, List<Sequence> sequences, boolean sequencesRead) {

	public SchemaSnapshot {
		tables = List.copyOf(tables);
		sequences = List.copyOf(sequences);
	}

	/**
	 * Create a snapshot whose sequences were read.
	 * @param tables the tables
	 * @param sequences the sequences
	 */
	public SchemaSnapshot(List<Table> tables, List<Sequence> sequences) {
		this(tables, sequences, true);
	}

}
