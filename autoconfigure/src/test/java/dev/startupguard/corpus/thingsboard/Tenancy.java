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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * ThingsBoard's tenants, customers and users: references to other entities are plain UUID
 * columns (no JPA association anywhere), JSON documents through a converter, flags as
 * primitive booleans.
 */
final class Tenancy {

	private Tenancy() {
	}

	@Entity(name = "TenantProfile")
	@Table(name = "tenant_profile")
	static class TenantProfile extends BaseSqlEntity {

		String name;

		String description;

		boolean isDefault;

		boolean isolatedTbRuleEngine;

		@Convert(converter = Json.JsonConverter.class)
		@JdbcTypeCode(SqlTypes.JSON)
		Json profileData;

	}

	@Entity(name = "Tenant")
	@Table(name = "tenant")
	static class Tenant extends BaseVersionedEntity {

		String title;

		String region;

		String country;

		String state;

		String city;

		String address;

		String address2;

		String zip;

		String phone;

		String email;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		@Column(columnDefinition = "uuid")
		UUID tenantProfileId;

	}

	@Entity(name = "Customer")
	@Table(name = "customer")
	static class Customer extends BaseVersionedEntity {

		UUID tenantId;

		String title;

		String country;

		String state;

		String city;

		String address;

		String address2;

		String zip;

		String phone;

		String email;

		boolean isPublic;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		UUID externalId;

	}

	@Entity(name = "User")
	@Table(name = "tb_user")
	static class User extends BaseVersionedEntity {

		UUID tenantId;

		UUID customerId;

		@Enumerated(EnumType.STRING)
		Authority authority;

		@Column(unique = true)
		String email;

		String firstName;

		String lastName;

		String phone;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		enum Authority {

			SYS_ADMIN, TENANT_ADMIN, CUSTOMER_USER, REFRESH_TOKEN, PRE_VERIFICATION_TOKEN

		}

	}

	@Entity(name = "UserCredentials")
	@Table(name = "user_credentials")
	static class UserCredentials extends BaseSqlEntity {

		@Column(unique = true)
		UUID userId;

		boolean enabled;

		String password;

		@Column(unique = true)
		String activateToken;

		Long activateTokenExpTime;

		@Column(unique = true)
		String resetToken;

		Long resetTokenExpTime;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		Long lastLoginTs;

		Integer failedLoginAttempts;

	}

	@Entity(name = "UserSettings")
	@Table(name = "user_settings")
	@IdClass(UserSettings.Key.class)
	static class UserSettings {

		@Id
		UUID userId;

		@Id
		String type;

		@Convert(converter = Json.JsonConverter.class)
		@JdbcTypeCode(SqlTypes.JSON)
		@Column(columnDefinition = "jsonb")
		Json settings;

		static class Key implements Serializable {

			UUID userId;

			String type;

		}

	}

	@Entity(name = "AdminSettings")
	@Table(name = "admin_settings")
	static class AdminSettings extends BaseSqlEntity {

		UUID tenantId;

		String key;

		@Convert(converter = Json.JsonConverter.class)
		Json jsonValue;

	}

	@Entity(name = "ApiUsageState")
	@Table(name = "api_usage_state")
	static class ApiUsageState extends BaseVersionedEntity {

		UUID tenantId;

		String entityType;

		UUID entityId;

		@Enumerated(EnumType.STRING)
		@Column(name = "transport")
		State transportState = State.ENABLED;

		@Enumerated(EnumType.STRING)
		@Column(name = "db_storage")
		State dbStorageState = State.ENABLED;

		@Enumerated(EnumType.STRING)
		@Column(name = "re_exec")
		State reExecState = State.ENABLED;

		@Enumerated(EnumType.STRING)
		@Column(name = "js_exec")
		State jsExecState = State.ENABLED;

		@Enumerated(EnumType.STRING)
		@Column(name = "tbel_exec")
		State tbelExecState = State.ENABLED;

		@Enumerated(EnumType.STRING)
		@Column(name = "email_exec")
		State emailExecState = State.ENABLED;

		@Enumerated(EnumType.STRING)
		@Column(name = "sms_exec")
		State smsExecState = State.ENABLED;

		@Enumerated(EnumType.STRING)
		@Column(name = "alarm_exec")
		State alarmExecState = State.ENABLED;

		enum State {

			ENABLED, WARNING, DISABLED

		}

	}

}
