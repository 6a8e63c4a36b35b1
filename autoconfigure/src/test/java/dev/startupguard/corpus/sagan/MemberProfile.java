package dev.startupguard.corpus.sagan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A team member's profile: a Long id over an int column, long texts mapped as text
 * (Hibernate 5's {@code @Type(type = "text")}), an embedded location of primitive floats,
 * a primitive flag.
 */
@Entity
class MemberProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String name;

	String jobTitle;

	String location;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	String bio;

	String avatarUrl;

	String gravatarEmail;

	String githubUsername;

	@Column(nullable = false)
	String username;

	String speakerdeckUsername;

	String twitterUsername;

	String lanyrdUsername;

	Long githubId;

	GeoLocation geoLocation;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	String videoEmbeds;

	boolean hidden;

	/**
	 * Where a member lives, in two primitive floats.
	 */
	@Embeddable
	static class GeoLocation {

		@Column(name = "latitude")
		float latitude;

		@Column(name = "longitude")
		float longitude;

	}

}
