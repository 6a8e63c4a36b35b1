package dev.startupguard.corpus.dataflow;

import java.net.URI;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The converter the server applies to every {@link URI} attribute: a URI is stored as its
 * text, so a {@code @Lob URI} is a large text, not the serialized object.
 */
@Converter(autoApply = true)
class UriPersistenceConverter implements AttributeConverter<URI, String> {

	@Override
	public String convertToDatabaseColumn(URI uri) {
		return (uri != null) ? uri.toString() : null;
	}

	@Override
	public URI convertToEntityAttribute(String text) {
		return (text != null && !text.isEmpty()) ? URI.create(text.strip()) : null;
	}

}
