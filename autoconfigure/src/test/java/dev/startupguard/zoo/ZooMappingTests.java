package dev.startupguard.zoo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZooMapping}.
 */
class ZooMappingTests {

	@Test
	void statementsSplitsAtSemicolonsEndingALineAndDropsComments() {
		String script = """
				-- a comment line
				create table t (
					a int, -- a comment after code
					b varchar(10) default '--; not a comment'
				);

				insert into t (a) values (1); -- trailing comment
				""";
		assertThat(ZooMapping.statements(script)).containsExactly(
				"create table t (\na int,\nb varchar(10) default '--; not a comment'\n)",
				"insert into t (a) values (1)");
	}

	@Test
	void entitiesAreAllMapped() {
		assertThat(ZooMapping.entities()).hasSize(16)
			.allSatisfy((type) -> assertThat(type).hasAnnotation(jakarta.persistence.Entity.class));
	}

}
