package dev.startupguard.corpus.thingsboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.startupguard.corpus.CorpusIntegrationTests;
import dev.startupguard.report.FindingKind;
import dev.startupguard.report.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ThingsBoard, an IoT platform, restated in the corpus of real schemas: 29 of its
 * entities (UUID ids the application assigns, references to other entities as plain UUID
 * columns with no JPA association, JSON documents through a converter into
 * {@code varchar} and {@code jsonb}, enums by name and one by ordinal, {@code @IdClass}
 * keys of up to six columns, a string array, a {@code @Lob} whose
 * {@code columnDefinition} disagrees with what Hibernate writes, primitives everywhere)
 * and the hand-written PostgreSQL schema it ships, the only database it keeps them in.
 */
abstract class ThingsBoardCorpusIntegrationTests extends CorpusIntegrationTests {

	static final List<Class<?>> ENTITIES = List.of(Tenancy.TenantProfile.class, Tenancy.Tenant.class,
			Tenancy.Customer.class, Tenancy.User.class, Tenancy.UserCredentials.class, Tenancy.UserSettings.class,
			Tenancy.AdminSettings.class, Tenancy.ApiUsageState.class, Devices.DeviceProfile.class, Devices.Device.class,
			Devices.DeviceCredentials.class, Devices.AssetProfile.class, Devices.Asset.class, Devices.EntityView.class,
			Devices.OtaPackage.class, Devices.Rpc.class, Devices.Edge.class, Alarms.Alarm.class,
			Alarms.EntityAlarm.class, Alarms.Relation.class, RuleEngine.RuleChain.class, RuleEngine.RuleNode.class,
			RuleEngine.RuleNodeState.class, RuleEngine.Queue.class, RuleEngine.ComponentDescriptor.class,
			RuleEngine.Dashboard.class, RuleEngine.WidgetsBundle.class, RuleEngine.WidgetType.class,
			RuleEngine.WidgetsBundleWidget.class);

	/**
	 * Before the corpus found them, the guard also reported every {@code created_time}
	 * ({@code NOT NULL}, for a primitive {@code long} under a {@code @Column}) as "may be
	 * null", and the large object of an OTA package ({@code oid}, for a {@code @Lob}
	 * whose {@code columnDefinition} says {@code BINARY}) as a type mismatch.
	 */
	@Override
	protected List<String> shippedSchemaDrifts() {
		return List.of(
				// NOT NULL columns for attributes the entities leave nullable (the ids of
				// a
				// tenant's profile, an asset's and a device's profile, an OTA package's
				// title
				// and version, an RPC's request and status, the whole of a rule node's
				// state): ThingsBoard checks them in its services, and a save by other
				// code
				// that misses one fails with a constraint violation
				"WARNING NULLABILITY_MISMATCH admin_settings.tenant_id",
				"WARNING NULLABILITY_MISMATCH asset.asset_profile_id",
				"WARNING NULLABILITY_MISMATCH device.device_profile_id",
				"WARNING NULLABILITY_MISMATCH entity_alarm.alarm_type",
				"WARNING NULLABILITY_MISMATCH entity_alarm.tenant_id",
				"WARNING NULLABILITY_MISMATCH ota_package.tenant_id", "WARNING NULLABILITY_MISMATCH ota_package.title",
				"WARNING NULLABILITY_MISMATCH ota_package.type", "WARNING NULLABILITY_MISMATCH ota_package.version",
				"WARNING NULLABILITY_MISMATCH rpc.device_id", "WARNING NULLABILITY_MISMATCH rpc.request",
				"WARNING NULLABILITY_MISMATCH rpc.status", "WARNING NULLABILITY_MISMATCH rpc.tenant_id",
				"WARNING NULLABILITY_MISMATCH rule_node_state.entity_id",
				"WARNING NULLABILITY_MISMATCH rule_node_state.entity_type",
				"WARNING NULLABILITY_MISMATCH rule_node_state.rule_node_id",
				"WARNING NULLABILITY_MISMATCH rule_node_state.state_data",
				"WARNING NULLABILITY_MISMATCH tenant.tenant_profile_id",
				// nullable columns behind primitives (flags such as is_default, root,
				// cleared, counters such as a queue's partitions): every row ThingsBoard
				// writes has a value, and a null written by another hand fails to load
				"WARNING NULLABLE_PRIMITIVE_COLUMN alarm.acknowledged",
				"WARNING NULLABLE_PRIMITIVE_COLUMN alarm.cleared",
				"WARNING NULLABLE_PRIMITIVE_COLUMN asset_profile.is_default",
				"WARNING NULLABLE_PRIMITIVE_COLUMN component_descriptor.configuration_version",
				"WARNING NULLABLE_PRIMITIVE_COLUMN component_descriptor.has_queue_name",
				"WARNING NULLABLE_PRIMITIVE_COLUMN customer.is_public",
				"WARNING NULLABLE_PRIMITIVE_COLUMN dashboard.mobile_hide",
				"WARNING NULLABLE_PRIMITIVE_COLUMN device_profile.is_default",
				"WARNING NULLABLE_PRIMITIVE_COLUMN entity_view.end_ts",
				"WARNING NULLABLE_PRIMITIVE_COLUMN entity_view.start_ts",
				"WARNING NULLABLE_PRIMITIVE_COLUMN queue.consumer_per_partition",
				"WARNING NULLABLE_PRIMITIVE_COLUMN queue.pack_processing_timeout",
				"WARNING NULLABLE_PRIMITIVE_COLUMN queue.partitions",
				"WARNING NULLABLE_PRIMITIVE_COLUMN queue.poll_interval",
				"WARNING NULLABLE_PRIMITIVE_COLUMN rule_chain.debug_mode",
				"WARNING NULLABLE_PRIMITIVE_COLUMN rule_chain.root",
				"WARNING NULLABLE_PRIMITIVE_COLUMN rule_node.configuration_version",
				"WARNING NULLABLE_PRIMITIVE_COLUMN rule_node.singleton_mode",
				"WARNING NULLABLE_PRIMITIVE_COLUMN tenant_profile.is_default",
				"WARNING NULLABLE_PRIMITIVE_COLUMN tenant_profile.isolated_tb_rule_engine",
				"WARNING NULLABLE_PRIMITIVE_COLUMN user_credentials.enabled");
	}

	@Override
	protected List<Class<?>> entities() {
		return ENTITIES;
	}

	@Test
	void primitivesUnderAColumnAnnotationAndALargeObjectOfAnotherDeclarationAreNoFinding() {
		assertThat(findings())
			.filteredOn((finding) -> "created_time".equals(finding.column())
					|| "ota_package.data".equals(finding.table() + "." + finding.column()))
			.isEmpty();
	}

	@Test
	void versionsTheSchemaLeavesNullableAreInfo() {
		// Hibernate 7.4 maps a Long version NOT NULL, 7.2 nullable (then nothing differs)
		assertThat(findings())
			.filteredOn((finding) -> "version".equals(finding.column()) && !"ota_package".equals(finding.table()))
			.allSatisfy((finding) -> {
				assertThat(finding.kind()).isEqualTo(FindingKind.UNENFORCED_NOT_NULL);
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
			});
	}

	@Test
	void droppedColumnIsMissing() {
		this.database.execute("alter table device drop column label");
		assertThat(warningsAndErrors()).containsExactly("ERROR MISSING_COLUMN device.label");
	}

	@Test
	void integerColumnNarrowedIsNarrower() {
		this.database.execute("alter table queue alter column pack_processing_timeout type integer");
		assertThat(warningsAndErrors()).containsExactly("WARNING NARROWER_COLUMN queue.pack_processing_timeout");
	}

	@Test
	void stringColumnNarrowedIsInfoWithItsNewLimit() {
		this.database.execute("alter table device alter column name type varchar(64)");
		assertThat(warningsAndErrors()).isEmpty();
		assertThat(findings()).filteredOn((finding) -> "device.name".equals(finding.table() + "." + finding.column()))
			.extracting(CorpusIntegrationTests::describe)
			.containsExactly("INFO NARROWER_THAN_DEFAULT_LENGTH device.name");
	}

	@Test
	void uuidColumnChangedToTextIsATypeMismatch() {
		this.database.execute("alter table device alter column customer_id type varchar(36)");
		assertThat(warningsAndErrors()).containsExactly("ERROR TYPE_MISMATCH device.customer_id");
	}

	@Test
	void droppedForeignKeyIsNoFindingSinceNoEntityMapsIt() {
		// ThingsBoard maps no association: its foreign keys are the schema's own
		this.database.execute("alter table device drop constraint fk_device_profile");
		assertThat(warningsAndErrors()).isEmpty();
	}

	@Test
	void droppedUniqueKeyIsMissing() {
		this.database.execute("alter table tb_user drop constraint tb_user_email_key");
		assertThat(warningsAndErrors()).containsExactly("WARNING MISSING_UNIQUE_CONSTRAINT tb_user.email");
	}

	@Test
	void addedNotNullColumnNoEntityWritesFailsEveryInsert() {
		this.database.execute("alter table device add column serial_number varchar(64) not null");
		assertThat(warningsAndErrors()).containsExactly("ERROR UNMAPPED_REQUIRED_COLUMN device.serial_number");
	}

}
