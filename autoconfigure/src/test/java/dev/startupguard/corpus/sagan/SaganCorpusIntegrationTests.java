package dev.startupguard.corpus.sagan;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.startupguard.corpus.CorpusIntegrationTests;
import dev.startupguard.report.FindingKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spring.io site (Sagan), restated in the corpus of real schemas: eight entities with
 * embeddables (one embedded twice with renamed columns, one holding an association),
 * element collections of strings and of embeddables, enums stored by name, an
 * auto-applied converter, a self-referencing tree, and the schema its Flyway migrations
 * build step by step (columns added, renamed and dropped, tables rebuilt). Run on each
 * database the project supports by a subclass.
 */
abstract class SaganCorpusIntegrationTests extends CorpusIntegrationTests {

	static final List<Class<?>> ENTITIES = List.of(MemberProfile.class, Post.class, Project.class, Release.class,
			ProjectSample.class, ProjectGeneration.class, ProjectGroup.class, SpringToolsPlatform.class,
			VersionConverter.class);

	@Override
	protected List<Class<?>> entities() {
		return ENTITIES;
	}

	/**
	 * Neither {@code project.sort_order} (NOT NULL, for an {@code int} that only a null
	 * display writes null into) nor the primitive floats of a member's location
	 * (nullable, both null for a member without one) are drifts, and the shipped schema
	 * gives no finding for them.
	 */
	@Override
	protected List<String> shippedSchemaDrifts() {
		return List.of(
				// mapped as long texts, but the migrations keep varchar(2048) and
				// varchar(255): a longer text fails to save
				"WARNING NARROWER_COLUMN member_profile.bio", "WARNING NARROWER_COLUMN member_profile.video_embeds",
				// nullable columns behind primitive booleans: loading a row with null
				// fails;
				// project.featured, in the embedded display whose sort_order is NOT NULL
				// so
				// that a row never holds a null display, came with V4 without a default,
				// so
				// every project row older than V4 holds null there
				"WARNING NULLABLE_PRIMITIVE_COLUMN member_profile.hidden",
				"WARNING NULLABLE_PRIMITIVE_COLUMN project.featured",
				"WARNING NULLABLE_PRIMITIVE_COLUMN project_release.is_current",
				// NOT NULL columns the entities may leave null (a release's version, a
				// sample's title, description and url, a generation's name and first
				// release
				// date, and the project of each, an optional @ManyToOne): such a save
				// fails
				"WARNING NULLABILITY_MISMATCH project_generation.initial_release_date",
				"WARNING NULLABILITY_MISMATCH project_generation.name",
				"WARNING NULLABILITY_MISMATCH project_generation.project_id",
				"WARNING NULLABILITY_MISMATCH project_release.project_id",
				"WARNING NULLABILITY_MISMATCH project_release.version",
				"WARNING NULLABILITY_MISMATCH project_sample.description",
				"WARNING NULLABILITY_MISMATCH project_sample.project_id",
				"WARNING NULLABILITY_MISMATCH project_sample.title", "WARNING NULLABILITY_MISMATCH project_sample.url",
				// the migrations declare only two foreign keys (both inline, which
				// MariaDB
				// keeps and MySQL ignores): a dangling id saves and fails the later load
				"WARNING MISSING_FOREIGN_KEY post_public_slug_aliases.post_id",
				"WARNING MISSING_FOREIGN_KEY project.parent_project_id",
				"WARNING MISSING_FOREIGN_KEY project_generation.project_id",
				"WARNING MISSING_FOREIGN_KEY project_release.project_id",
				"WARNING MISSING_FOREIGN_KEY project_sample.project_id",
				"WARNING MISSING_FOREIGN_KEY spring_tools_platform_downloads.spring_tools_platform_id");
	}

	@Test
	void longIdsTheDatabaseGeneratesInIntColumnsAreInfoWithTheirLimit() {
		// and the int columns that reference them hold every such id: no finding
		assertThat(findings())
			.filteredOn((finding) -> finding.kind() == FindingKind.NARROWER_GENERATED_ID
					|| finding.kind() == FindingKind.NARROWER_COLUMN)
			.extracting(CorpusIntegrationTests::describe)
			.containsExactlyInAnyOrder("INFO NARROWER_GENERATED_ID member_profile.id",
					"INFO NARROWER_GENERATED_ID post.id", "INFO NARROWER_GENERATED_ID project_generation.id",
					"INFO NARROWER_GENERATED_ID project_groups.id", "INFO NARROWER_GENERATED_ID project_release.id",
					"INFO NARROWER_GENERATED_ID project_sample.id");
	}

	@Test
	void notNullElementColumnOfAnElementCollectionIsNoMismatch() {
		// Hibernate inserts no row for a null element of a collection of basic values:
		// the column is NOT NULL in practice, and was reported as a mismatch before
		assertThat(findings())
			.filteredOn((finding) -> "post_public_slug_aliases.public_slug_aliases"
				.equals(finding.table() + "." + finding.column()))
			.isEmpty();
	}

	@Test
	void enumsStoredByNameInVarcharColumnsAndConvertedVersionsAreCompatible() {
		assertThat(findings())
			.filteredOn((finding) -> List
				.of("post.category", "post.format", "project.status", "project.support_policy",
						"project_release.release_status", "project_release.repository")
				.contains(finding.table() + "." + finding.column()))
			.extracting(CorpusIntegrationTests::describe)
			.containsExactly("INFO UNENFORCED_NOT_NULL post.format");
	}

	@Test
	void droppedColumnOfAnEmbeddableIsMissing() {
		this.database.execute("alter table project drop column overview_html");
		assertThat(warningsAndErrors()).containsExactly("ERROR MISSING_COLUMN project.overview_html");
	}

	@Test
	void columnNarrowedBelowItsJavaTypeIsNarrower() {
		this.database.execute(retyped("member_profile", "github_id", "int"));
		assertThat(warningsAndErrors()).containsExactly("WARNING NARROWER_COLUMN member_profile.github_id");
	}

	@Test
	void stringColumnNarrowedIsInfoWithItsNewLimit() {
		this.database.execute(retyped("post", "title", "varchar(100) not null"));
		assertThat(warningsAndErrors()).isEmpty();
		assertThat(findings()).filteredOn((finding) -> "post.title".equals(finding.table() + "." + finding.column()))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.NARROWER_THAN_DEFAULT_LENGTH);
				assertThat(finding.message()).contains("holds at most 100 characters");
			});
	}

	@Test
	void enumColumnChangedToANumberIsATypeMismatch() {
		this.database.execute(retyped("post", "category", "int not null"));
		assertThat(warningsAndErrors()).containsExactly("ERROR TYPE_MISMATCH post.category");
	}

	@Test
	void timestampChangedToADateLosesItsTimeOfDay() {
		this.database.execute(retyped("post", "publish_at", "date"));
		assertThat(warningsAndErrors()).containsExactly("WARNING LOSSY_TYPE post.publish_at");
	}

	@Test
	void droppedForeignKeyIsMissing() {
		this.database.execute("alter table post drop foreign key post_ibfk_1");
		assertThat(warningsAndErrors()).containsExactly("WARNING MISSING_FOREIGN_KEY post.author_id");
	}

	@Test
	void addedNotNullColumnNoEntityWritesFailsEveryInsert() {
		this.database.execute("alter table project add column license varchar(64) not null");
		assertThat(warningsAndErrors()).containsExactly("ERROR UNMAPPED_REQUIRED_COLUMN project.license");
	}

}
