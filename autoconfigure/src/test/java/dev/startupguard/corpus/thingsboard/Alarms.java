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
 * ThingsBoard's alarms and the relations between any two entities: an enum stored by its
 * ordinal (no {@code @Enumerated}) in an {@code integer} column, and composite keys
 * through {@code @IdClass}, one of six columns.
 */
final class Alarms {

	private Alarms() {
	}

	enum EntityType {

		TENANT, CUSTOMER, USER, DASHBOARD, ASSET, DEVICE, ALARM, RULE_CHAIN, RULE_NODE, ENTITY_VIEW

	}

	@Entity(name = "Alarm")
	@Table(name = "alarm")
	static class Alarm extends BaseSqlEntity {

		UUID tenantId;

		UUID customerId;

		UUID originatorId;

		EntityType originatorType;

		String type;

		@Enumerated(EnumType.STRING)
		Severity severity;

		UUID assigneeId;

		Long startTs;

		Long endTs;

		boolean acknowledged;

		Long ackTs;

		boolean cleared;

		Long clearTs;

		Long assignTs;

		@Convert(converter = Json.JsonConverter.class)
		@Column(name = "additional_info")
		Json details;

		Boolean propagate;

		Boolean propagateToOwner;

		Boolean propagateToTenant;

		String propagateRelationTypes;

		enum Severity {

			CRITICAL, MAJOR, MINOR, WARNING, INDETERMINATE

		}

	}

	@Entity(name = "EntityAlarm")
	@Table(name = "entity_alarm")
	@IdClass(EntityAlarm.Key.class)
	static class EntityAlarm {

		@Column(columnDefinition = "uuid")
		UUID tenantId;

		String entityType;

		@Id
		@Column(columnDefinition = "uuid")
		UUID entityId;

		@Id
		@Column(columnDefinition = "uuid")
		UUID alarmId;

		long createdTime;

		String alarmType;

		@Column(columnDefinition = "uuid")
		UUID customerId;

		static class Key implements Serializable {

			UUID entityId;

			UUID alarmId;

		}

	}

	@Entity(name = "Relation")
	@Table(name = "relation")
	@IdClass(Relation.Key.class)
	static class Relation {

		@Id
		@Column(columnDefinition = "uuid")
		UUID fromId;

		@Id
		String fromType;

		@Id
		@Column(columnDefinition = "uuid")
		UUID toId;

		@Id
		String toType;

		@Id
		String relationTypeGroup;

		@Id
		String relationType;

		Long version;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		static class Key implements Serializable {

			UUID fromId;

			String fromType;

			UUID toId;

			String toType;

			String relationType;

			String relationTypeGroup;

		}

	}

}
