package dev.startupguard.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A strict reader of JSON into maps, lists, strings, {@link Long} or {@link Double}
 * numbers, booleans and {@code null}. Spring Boot's {@code BasicJsonParser} left the
 * second and later objects of a nested list as unparsed text on this file's columns, and
 * Jackson may be absent, so the snapshot file is read by this small reader of the whole
 * grammar.
 *
 * @author Startup Guard contributors
 */
final class JsonReader {

	private final String text;

	private int position;

	private JsonReader(String text) {
		this.text = text;
	}

	/**
	 * Read a JSON object.
	 * @param text the JSON
	 * @return the object
	 * @throws IllegalArgumentException if the text is not one JSON object
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> readObject(String text) {
		JsonReader reader = new JsonReader(text);
		Object value = reader.value();
		reader.skipWhitespace();
		if (reader.position != text.length()) {
			throw reader.error("text after the end of the JSON");
		}
		if (!(value instanceof Map)) {
			throw new IllegalArgumentException("the JSON is not an object");
		}
		return (Map<String, Object>) value;
	}

	private @Nullable Object value() {
		skipWhitespace();
		if (this.position >= this.text.length()) {
			throw error("the JSON ends early");
		}
		char next = this.text.charAt(this.position);
		return switch (next) {
			case '{' -> object();
			case '[' -> list();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		this.position++;
		skipWhitespace();
		if (peek('}')) {
			this.position++;
			return object;
		}
		while (true) {
			skipWhitespace();
			if (!peek('"')) {
				throw error("a name in quotes expected");
			}
			String name = string();
			skipWhitespace();
			expect(':');
			Object value = value();
			if (value != null) {
				object.put(name, value);
			}
			skipWhitespace();
			if (peek(',')) {
				this.position++;
				continue;
			}
			expect('}');
			return object;
		}
	}

	private List<@Nullable Object> list() {
		List<@Nullable Object> list = new ArrayList<>();
		this.position++;
		skipWhitespace();
		if (peek(']')) {
			this.position++;
			return list;
		}
		while (true) {
			list.add(value());
			skipWhitespace();
			if (peek(',')) {
				this.position++;
				continue;
			}
			expect(']');
			return list;
		}
	}

	private String string() {
		StringBuilder string = new StringBuilder();
		this.position++;
		while (this.position < this.text.length()) {
			char next = this.text.charAt(this.position++);
			if (next == '"') {
				return string.toString();
			}
			if (next != '\\') {
				string.append(next);
				continue;
			}
			if (this.position >= this.text.length()) {
				break;
			}
			char escaped = this.text.charAt(this.position++);
			switch (escaped) {
				case 'b' -> string.append('\b');
				case 'f' -> string.append('\f');
				case 'n' -> string.append('\n');
				case 'r' -> string.append('\r');
				case 't' -> string.append('\t');
				case 'u' -> {
					if (this.position + 4 > this.text.length()) {
						throw error("a \\u escape ends early");
					}
					string.append((char) Integer.parseInt(this.text.substring(this.position, this.position + 4), 16));
					this.position += 4;
				}
				default -> string.append(escaped);
			}
		}
		throw error("a string is not closed");
	}

	private Object number() {
		int start = this.position;
		while (this.position < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
		String number = this.text.substring(start, this.position);
		try {
			// not a conditional expression, which would promote the Long to a double
			if (number.contains(".") || number.contains("e") || number.contains("E")) {
				return Double.valueOf(number);
			}
			return Long.valueOf(number);
		}
		catch (NumberFormatException ex) {
			this.position = start;
			throw error("a value expected");
		}
	}

	private @Nullable Object literal(String word, @Nullable Object value) {
		if (!this.text.startsWith(word, this.position)) {
			throw error("a value expected");
		}
		this.position += word.length();
		return value;
	}

	private void skipWhitespace() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private boolean peek(char expected) {
		return this.position < this.text.length() && this.text.charAt(this.position) == expected;
	}

	private void expect(char expected) {
		if (!peek(expected)) {
			throw error("'" + expected + "' expected");
		}
		this.position++;
	}

	private IllegalArgumentException error(String problem) {
		int line = 1;
		for (int i = 0; i < Math.min(this.position, this.text.length()); i++) {
			if (this.text.charAt(i) == '\n') {
				line++;
			}
		}
		return new IllegalArgumentException(problem + " at line " + line);
	}

}
