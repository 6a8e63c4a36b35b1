package dev.startupguard.startup.multi.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An entry of the audit persistence unit.
 */
@Entity
public class AuditEntry {

	@Id
	private Long id;

	@Column(nullable = false, length = 200)
	private String action;

	protected AuditEntry() {
	}

	public Long getId() {
		return this.id;
	}

	public String getAction() {
		return this.action;
	}

}
