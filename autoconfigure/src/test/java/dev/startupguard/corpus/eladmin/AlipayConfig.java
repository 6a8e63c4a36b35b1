package dev.startupguard.corpus.eladmin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

/**
 * The payment provider's settings, one row with an assigned id: keys in text columns,
 * defaults in Java.
 */
@Entity
@Table(name = "tool_alipay_config")
class AlipayConfig {

	@Id
	@Column(name = "config_id")
	Long id;

	@NotBlank
	String appId;

	@NotBlank
	String privateKey;

	@NotBlank
	String publicKey;

	String signType = "RSA2";

	@Column(name = "gateway_url")
	String gatewayUrl = "https://gateway.example";

	String charset = "utf-8";

	@NotBlank
	String notifyUrl;

	@NotBlank
	String returnUrl;

	String format = "JSON";

	@NotBlank
	String sysServiceProviderId;

}
