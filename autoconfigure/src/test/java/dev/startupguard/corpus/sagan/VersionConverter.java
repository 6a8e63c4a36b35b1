package dev.startupguard.corpus.sagan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Applied to every {@link Version} attribute: the version as a string column.
 */
@Converter(autoApply = true)
class VersionConverter implements AttributeConverter<Version, String> {

	@Override
	public String convertToDatabaseColumn(Version version) {
		return (version != null) ? version.text() : null;
	}

	@Override
	public Version convertToEntityAttribute(String text) {
		return (text != null) ? new Version(text) : null;
	}

}
