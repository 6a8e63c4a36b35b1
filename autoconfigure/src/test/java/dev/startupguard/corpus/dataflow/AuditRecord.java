package dev.startupguard.corpus.dataflow;

import java.sql.Types;
import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.hibernate.annotations.JdbcTypeCode;

/**
 * An audit record: enums converted to numeric codes, a long text as a {@code @Lob} of
 * JDBC type {@code LONGVARCHAR}, Bean Validation's {@code @NotNull} on the codes only.
 */
@Entity
@Table(name = "AuditRecords")
class AuditRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.AUTO)
	Long id;

	String createdBy;

	String correlationId;

	@Lob
	@JdbcTypeCode(Types.LONGVARCHAR)
	String auditData;

	Instant createdOn;

	@NotNull
	@Convert(converter = ActionConverter.class)
	Action auditAction;

	@NotNull
	@Convert(converter = OperationConverter.class)
	Operation auditOperation;

	@Column(name = "platformName")
	String platformName;

	enum Action {

		CREATE(100), DELETE(200), DEPLOY(300), ROLLBACK(400), UNDEPLOY(500), UPDATE(600), LOGIN_SUCCESS(700);

		final long code;

		Action(long code) {
			this.code = code;
		}

	}

	enum Operation {

		APP_REGISTRATION(100), SCHEDULE(200), STREAM(300), TASK(400), LOGIN(500);

		final long code;

		Operation(long code) {
			this.code = code;
		}

	}

	static class ActionConverter implements AttributeConverter<Action, Long> {

		@Override
		public Long convertToDatabaseColumn(Action action) {
			return (action != null) ? action.code : null;
		}

		@Override
		public Action convertToEntityAttribute(Long code) {
			for (Action action : Action.values()) {
				if (code != null && action.code == code) {
					return action;
				}
			}
			return null;
		}

	}

	static class OperationConverter implements AttributeConverter<Operation, Long> {

		@Override
		public Long convertToDatabaseColumn(Operation operation) {
			return (operation != null) ? operation.code : null;
		}

		@Override
		public Operation convertToEntityAttribute(Long code) {
			for (Operation operation : Operation.values()) {
				if (code != null && operation.code == code) {
					return operation;
				}
			}
			return null;
		}

	}

}
