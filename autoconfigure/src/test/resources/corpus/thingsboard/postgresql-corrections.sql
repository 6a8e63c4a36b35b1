-- Corrections of the real drifts of ThingsBoard's PostgreSQL schema, as an upgrade script
-- its maintainers would write, run after the shipped schema. One statement per finding.
-- On a database with rows, each SET NOT NULL would follow an update of the nulls to the
-- value ThingsBoard writes (false, 0).

-- NULLABILITY_MISMATCH admin_settings.tenant_id: AdminSettings.tenantId is optional in the entity
alter table admin_settings alter column tenant_id drop not null;
-- NULLABILITY_MISMATCH asset.asset_profile_id: Asset.assetProfileId is optional in the entity
alter table asset alter column asset_profile_id drop not null;
-- NULLABILITY_MISMATCH device.device_profile_id: Device.deviceProfileId is optional in the entity
alter table device alter column device_profile_id drop not null;
-- NULLABILITY_MISMATCH entity_alarm.alarm_type: EntityAlarm.alarmType is optional in the entity
alter table entity_alarm alter column alarm_type drop not null;
-- NULLABILITY_MISMATCH entity_alarm.tenant_id: EntityAlarm.tenantId is optional in the entity
alter table entity_alarm alter column tenant_id drop not null;
-- NULLABILITY_MISMATCH ota_package.tenant_id: OtaPackage.tenantId is optional in the entity
alter table ota_package alter column tenant_id drop not null;
-- NULLABILITY_MISMATCH ota_package.title: OtaPackage.title is optional in the entity
alter table ota_package alter column title drop not null;
-- NULLABILITY_MISMATCH ota_package.type: OtaPackage.type is optional in the entity
alter table ota_package alter column type drop not null;
-- NULLABILITY_MISMATCH ota_package.version: OtaPackage.version is optional in the entity
alter table ota_package alter column version drop not null;
-- NULLABILITY_MISMATCH rpc.device_id: Rpc.deviceId is optional in the entity
alter table rpc alter column device_id drop not null;
-- NULLABILITY_MISMATCH rpc.request: Rpc.request is optional in the entity
alter table rpc alter column request drop not null;
-- NULLABILITY_MISMATCH rpc.status: Rpc.status is optional in the entity
alter table rpc alter column status drop not null;
-- NULLABILITY_MISMATCH rpc.tenant_id: Rpc.tenantId is optional in the entity
alter table rpc alter column tenant_id drop not null;
-- NULLABILITY_MISMATCH rule_node_state.entity_id: RuleNodeState.entityId is optional in the entity
alter table rule_node_state alter column entity_id drop not null;
-- NULLABILITY_MISMATCH rule_node_state.entity_type: RuleNodeState.entityType is optional in the entity
alter table rule_node_state alter column entity_type drop not null;
-- NULLABILITY_MISMATCH rule_node_state.rule_node_id: RuleNodeState.ruleNodeId is optional in the entity
alter table rule_node_state alter column rule_node_id drop not null;
-- NULLABILITY_MISMATCH rule_node_state.state_data: RuleNodeState.stateData is optional in the entity
alter table rule_node_state alter column state_data drop not null;
-- NULLABILITY_MISMATCH tenant.tenant_profile_id: Tenant.tenantProfileId is optional in the entity
alter table tenant alter column tenant_profile_id drop not null;
-- NULLABLE_PRIMITIVE_COLUMN alarm.acknowledged: Alarm.acknowledged is a primitive boolean
alter table alarm alter column acknowledged set not null;
-- NULLABLE_PRIMITIVE_COLUMN alarm.cleared: Alarm.cleared is a primitive boolean
alter table alarm alter column cleared set not null;
-- NULLABLE_PRIMITIVE_COLUMN asset_profile.is_default: AssetProfile.isDefault is a primitive boolean
alter table asset_profile alter column is_default set not null;
-- NULLABLE_PRIMITIVE_COLUMN component_descriptor.configuration_version: ComponentDescriptor.configurationVersion is a primitive int
alter table component_descriptor alter column configuration_version set not null;
-- NULLABLE_PRIMITIVE_COLUMN component_descriptor.has_queue_name: ComponentDescriptor.hasQueueName is a primitive boolean
alter table component_descriptor alter column has_queue_name set not null;
-- NULLABLE_PRIMITIVE_COLUMN customer.is_public: Customer.isPublic is a primitive boolean
alter table customer alter column is_public set not null;
-- NULLABLE_PRIMITIVE_COLUMN dashboard.mobile_hide: Dashboard.mobileHide is a primitive boolean
alter table dashboard alter column mobile_hide set not null;
-- NULLABLE_PRIMITIVE_COLUMN device_profile.is_default: DeviceProfile.isDefault is a primitive boolean
alter table device_profile alter column is_default set not null;
-- NULLABLE_PRIMITIVE_COLUMN entity_view.end_ts: EntityView.endTs is a primitive long
alter table entity_view alter column end_ts set not null;
-- NULLABLE_PRIMITIVE_COLUMN entity_view.start_ts: EntityView.startTs is a primitive long
alter table entity_view alter column start_ts set not null;
-- NULLABLE_PRIMITIVE_COLUMN queue.consumer_per_partition: Queue.consumerPerPartition is a primitive boolean
alter table queue alter column consumer_per_partition set not null;
-- NULLABLE_PRIMITIVE_COLUMN queue.pack_processing_timeout: Queue.packProcessingTimeout is a primitive long
alter table queue alter column pack_processing_timeout set not null;
-- NULLABLE_PRIMITIVE_COLUMN queue.partitions: Queue.partitions is a primitive int
alter table queue alter column partitions set not null;
-- NULLABLE_PRIMITIVE_COLUMN queue.poll_interval: Queue.pollInterval is a primitive int
alter table queue alter column poll_interval set not null;
-- NULLABLE_PRIMITIVE_COLUMN rule_chain.debug_mode: RuleChain.debugMode is a primitive boolean
alter table rule_chain alter column debug_mode set not null;
-- NULLABLE_PRIMITIVE_COLUMN rule_chain.root: RuleChain.root is a primitive boolean
alter table rule_chain alter column root set not null;
-- NULLABLE_PRIMITIVE_COLUMN rule_node.configuration_version: RuleNode.configurationVersion is a primitive int
alter table rule_node alter column configuration_version set not null;
-- NULLABLE_PRIMITIVE_COLUMN rule_node.singleton_mode: RuleNode.singletonMode is a primitive boolean
alter table rule_node alter column singleton_mode set not null;
-- NULLABLE_PRIMITIVE_COLUMN tenant_profile.is_default: TenantProfile.isDefault is a primitive boolean
alter table tenant_profile alter column is_default set not null;
-- NULLABLE_PRIMITIVE_COLUMN tenant_profile.isolated_tb_rule_engine: TenantProfile.isolatedTbRuleEngine is a primitive boolean
alter table tenant_profile alter column isolated_tb_rule_engine set not null;
-- NULLABLE_PRIMITIVE_COLUMN user_credentials.enabled: UserCredentials.enabled is a primitive boolean
alter table user_credentials alter column enabled set not null;
