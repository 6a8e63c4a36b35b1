package dev.startupguard.corpus.thingsboard;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A JSON document, which ThingsBoard keeps as a Jackson tree and stores as text through a
 * converter (in {@code varchar} columns, or in {@code jsonb} ones where the attribute
 * also names a JSON JDBC type).
 *
 * @param text the document
 */
record Json(String text) {

	/**
	 * Converts a document to and from its text.
	 */
	@Converter
	static class JsonConverter implements AttributeConverter<Json, String> {

		@Override
		public String convertToDatabaseColumn(Json json) {
			return (json != null) ? json.text() : null;
		}

		@Override
		public Json convertToEntityAttribute(String text) {
			return (text != null) ? new Json(text) : null;
		}

	}

}
