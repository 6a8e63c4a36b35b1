package dev.startupguard.corpus.thingsboard;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * ThingsBoard's devices, assets, their profiles and what hangs off them: JSON as
 * {@code jsonb} where the attribute names a JSON JDBC type, enums by name, an OTA
 * package's bytes as a large object.
 */
final class Devices {

	private Devices() {
	}

	@Entity(name = "DeviceProfile")
	@Table(name = "device_profile")
	static class DeviceProfile extends BaseVersionedEntity {

		UUID tenantId;

		String name;

		@Enumerated(EnumType.STRING)
		Type type;

		String image;

		@Enumerated(EnumType.STRING)
		TransportType transportType;

		@Enumerated(EnumType.STRING)
		ProvisionType provisionType;

		String description;

		boolean isDefault;

		@Column(columnDefinition = "uuid")
		UUID defaultRuleChainId;

		UUID defaultDashboardId;

		String defaultQueueName;

		@Convert(converter = Json.JsonConverter.class)
		@JdbcTypeCode(SqlTypes.JSON)
		@Column(columnDefinition = "jsonb")
		Json profileData;

		String provisionDeviceKey;

		UUID firmwareId;

		UUID softwareId;

		@Column(columnDefinition = "uuid")
		UUID defaultEdgeRuleChainId;

		UUID externalId;

		enum Type {

			DEFAULT

		}

		enum TransportType {

			DEFAULT, MQTT, COAP, LWM2M, SNMP

		}

		enum ProvisionType {

			DISABLED, ALLOW_CREATE_NEW_DEVICES, CHECK_PRE_PROVISIONED_DEVICES, X509_CERTIFICATE_CHAIN

		}

	}

	@Entity(name = "Device")
	@Table(name = "device")
	static class Device extends BaseVersionedEntity {

		@Column(columnDefinition = "uuid")
		UUID tenantId;

		@Column(columnDefinition = "uuid")
		UUID customerId;

		String type;

		String name;

		String label;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		@Column(columnDefinition = "uuid")
		UUID deviceProfileId;

		@Column(columnDefinition = "uuid")
		UUID firmwareId;

		@Column(columnDefinition = "uuid")
		UUID softwareId;

		@Convert(converter = Json.JsonConverter.class)
		@JdbcTypeCode(SqlTypes.JSON)
		@Column(columnDefinition = "jsonb")
		Json deviceData;

		@Column(columnDefinition = "uuid")
		UUID externalId;

	}

	@Entity(name = "DeviceCredentials")
	@Table(name = "device_credentials")
	static class DeviceCredentials extends BaseVersionedEntity {

		UUID deviceId;

		@Enumerated(EnumType.STRING)
		CredentialsType credentialsType;

		String credentialsId;

		String credentialsValue;

		enum CredentialsType {

			ACCESS_TOKEN, X509_CERTIFICATE, MQTT_BASIC, LWM2M_CREDENTIALS

		}

	}

	@Entity(name = "AssetProfile")
	@Table(name = "asset_profile")
	static class AssetProfile extends BaseVersionedEntity {

		UUID tenantId;

		String name;

		String image;

		String description;

		boolean isDefault;

		@Column(columnDefinition = "uuid")
		UUID defaultRuleChainId;

		UUID defaultDashboardId;

		String defaultQueueName;

		@Column(columnDefinition = "uuid")
		UUID defaultEdgeRuleChainId;

		UUID externalId;

	}

	@Entity(name = "Asset")
	@Table(name = "asset")
	static class Asset extends BaseVersionedEntity {

		UUID tenantId;

		UUID customerId;

		String name;

		String type;

		String label;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		@Column(columnDefinition = "uuid")
		UUID assetProfileId;

		UUID externalId;

	}

	@Entity(name = "EntityView")
	@Table(name = "entity_view")
	static class EntityView extends BaseVersionedEntity {

		UUID entityId;

		@Enumerated(EnumType.STRING)
		Alarms.EntityType entityType;

		UUID tenantId;

		UUID customerId;

		String type;

		String name;

		String keys;

		long startTs;

		long endTs;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		UUID externalId;

	}

	@Entity(name = "OtaPackage")
	@Table(name = "ota_package")
	static class OtaPackage extends BaseSqlEntity {

		UUID tenantId;

		UUID deviceProfileId;

		@Enumerated(EnumType.STRING)
		Type type;

		String title;

		String version;

		String tag;

		String url;

		String fileName;

		String contentType;

		@Enumerated(EnumType.STRING)
		ChecksumAlgorithm checksumAlgorithm;

		String checksum;

		@Lob
		@Column(columnDefinition = "BINARY")
		byte[] data;

		Long dataSize;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		UUID externalId;

		enum Type {

			FIRMWARE, SOFTWARE

		}

		enum ChecksumAlgorithm {

			MD5, SHA256, SHA384, SHA512, CRC32, MURMUR3_32, MURMUR3_128

		}

	}

	@Entity(name = "Rpc")
	@Table(name = "rpc")
	static class Rpc extends BaseSqlEntity {

		UUID tenantId;

		UUID deviceId;

		long expirationTime;

		@Convert(converter = Json.JsonConverter.class)
		Json request;

		@Convert(converter = Json.JsonConverter.class)
		Json response;

		@Enumerated(EnumType.STRING)
		Status status;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

		enum Status {

			QUEUED, SENT, DELIVERED, SUCCESSFUL, TIMEOUT, EXPIRED, FAILED, DELETED

		}

	}

	@Entity(name = "Edge")
	@Table(name = "edge")
	static class Edge extends BaseVersionedEntity {

		@Column(columnDefinition = "uuid")
		UUID tenantId;

		@Column(columnDefinition = "uuid")
		UUID customerId;

		@Column(columnDefinition = "uuid")
		UUID rootRuleChainId;

		String type;

		String name;

		String label;

		String routingKey;

		String secret;

		@Convert(converter = Json.JsonConverter.class)
		Json additionalInfo;

	}

}
