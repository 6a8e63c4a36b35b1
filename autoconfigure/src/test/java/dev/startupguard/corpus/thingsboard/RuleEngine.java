package dev.startupguard.corpus.thingsboard;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * ThingsBoard's rule engine, queues, dashboards and widgets: a column named by a reserved
 * word ({@code widgets_bundle_order} for {@code order}), a string array as PostgreSQL's
 * {@code text[]}, primitive counters over columns with defaults.
 */
final class RuleEngine {

	private RuleEngine() {
	}

	@Entity(name = "RuleChain")
	@Table(name = "rule_chain")
	static class RuleChain extends BaseVersionedEntity {

		UUID tenantId;

		String name;

		@Enumerated(EnumType.STRING)
		Type type;

		UUID firstRuleNodeId;

		boolean root;

		boolean debugMode;

		@Convert(converter = Json.JsonConverter.class)
		Json configuration;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		UUID externalId;

		enum Type {

			CORE, EDGE

		}

	}

	@Entity(name = "RuleNode")
	@Table(name = "rule_node")
	static class RuleNode extends BaseSqlEntity {

		UUID ruleChainId;

		String type;

		String name;

		int configurationVersion;

		@Convert(converter = Json.JsonConverter.class)
		Json configuration;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		String debugSettings;

		boolean singletonMode;

		String queueName;

		UUID externalId;

	}

	@Entity(name = "RuleNodeState")
	@Table(name = "rule_node_state")
	static class RuleNodeState extends BaseSqlEntity {

		UUID ruleNodeId;

		String entityType;

		UUID entityId;

		String stateData;

	}

	@Entity(name = "Queue")
	@Table(name = "queue")
	static class Queue extends BaseSqlEntity {

		UUID tenantId;

		String name;

		String topic;

		int pollInterval;

		int partitions;

		boolean consumerPerPartition;

		long packProcessingTimeout;

		@Convert(converter = Json.JsonConverter.class)
		Json submitStrategy;

		@Convert(converter = Json.JsonConverter.class)
		Json processingStrategy;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

	}

	@Entity(name = "ComponentDescriptor")
	@Table(name = "component_descriptor")
	static class ComponentDescriptor extends BaseSqlEntity {

		@Enumerated(EnumType.STRING)
		Type type;

		@Enumerated(EnumType.STRING)
		Scope scope;

		@Enumerated(EnumType.STRING)
		ClusteringMode clusteringMode;

		String name;

		@Column(unique = true)
		String clazz;

		@Convert(converter = Json.JsonConverter.class)
		Json configurationDescriptor;

		int configurationVersion;

		String actions;

		boolean hasQueueName;

		enum Type {

			ENRICHMENT, FILTER, TRANSFORMATION, ACTION, EXTERNAL, FLOW

		}

		enum Scope {

			SYSTEM, TENANT

		}

		enum ClusteringMode {

			USER_PREFERENCE, ENABLED, SINGLETON

		}

	}

	@Entity(name = "Dashboard")
	@Table(name = "dashboard")
	static class Dashboard extends BaseVersionedEntity {

		UUID tenantId;

		String title;

		String image;

		String assignedCustomers;

		boolean mobileHide;

		Integer mobileOrder;

		@Convert(converter = Json.JsonConverter.class)
		Json configuration;

		UUID externalId;

	}

	@Entity(name = "WidgetsBundle")
	@Table(name = "widgets_bundle")
	static class WidgetsBundle extends BaseVersionedEntity {

		UUID tenantId;

		String alias;

		String title;

		String image;

		boolean scada;

		String description;

		@Column(name = "widgets_bundle_order")
		Integer order;

		UUID externalId;

	}

	@Entity(name = "WidgetType")
	@Table(name = "widget_type")
	static class WidgetType extends BaseVersionedEntity {

		UUID tenantId;

		String fqn;

		String name;

		boolean deprecated;

		boolean scada;

		String image;

		String description;

		@Column(columnDefinition = "text[]")
		String[] tags;

		@Convert(converter = Json.JsonConverter.class)
		Json descriptor;

		UUID externalId;

	}

	@Entity(name = "WidgetsBundleWidget")
	@Table(name = "widgets_bundle_widget")
	@IdClass(WidgetsBundleWidget.Key.class)
	static class WidgetsBundleWidget {

		@Id
		@Column(columnDefinition = "uuid")
		UUID widgetsBundleId;

		@Id
		@Column(columnDefinition = "uuid")
		UUID widgetTypeId;

		int widgetTypeOrder;

		static class Key implements Serializable {

			UUID widgetsBundleId;

			UUID widgetTypeId;

		}

	}

}
