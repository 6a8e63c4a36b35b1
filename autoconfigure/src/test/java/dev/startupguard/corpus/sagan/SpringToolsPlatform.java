package dev.startupguard.corpus.sagan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A platform the Spring Tools are downloaded for, its downloads an element collection of
 * embeddables whose every field is declared NOT NULL.
 */
@Entity
class SpringToolsPlatform {

	@Id
	String id;

	@ElementCollection
	List<Download> downloads = new ArrayList<>();

	/**
	 * One download of the tools.
	 */
	@Embeddable
	static class Download {

		@Column(nullable = false)
		String downloadUrl;

		@Column(nullable = false)
		String variant;

		@Column(nullable = false)
		String label;

		@Column(nullable = false)
		String version;

	}

}
