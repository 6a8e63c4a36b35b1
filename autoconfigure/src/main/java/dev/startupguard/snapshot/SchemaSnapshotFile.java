package dev.startupguard.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.json.JsonWriter;

import dev.startupguard.schema.SchemaSnapshot;

/**
 * The snapshot file: a {@link CapturedSchema} as JSON, format {@value #FORMAT}. Written
 * with one object per line, in the live reader's canonical order, so that the file of a
 * new migration reads as a short diff in a pull request; read without Jackson, by a small
 * strict reader of its own.
 *
 * @author Startup Guard contributors
 * @since 0.1.0
 */
public final class SchemaSnapshotFile {

	/**
	 * The format this version writes and reads.
	 */
	public static final int FORMAT = 1;

	/**
	 * Where the test module writes the file, and where the guard looks for it on the
	 * class path by default.
	 */
	public static final String DEFAULT_LOCATION = "META-INF/startup-guard/schema-snapshot.json";

	private SchemaSnapshotFile() {
	}

	/**
	 * Write the captured schema to a file, creating its directory.
	 * @param schema the captured schema
	 * @param file the file, such as {@code target/classes/} followed by
	 * {@link #DEFAULT_LOCATION}
	 * @throws IOException if the file cannot be written
	 */
	public static void write(CapturedSchema schema, Path file) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		if (directory != null) {
			Files.createDirectories(directory);
		}
		Files.writeString(file, toJson(schema), StandardCharsets.UTF_8);
	}

	/**
	 * Return the captured schema as the file's JSON.
	 * @param schema the captured schema
	 * @return the JSON, ending with a line break
	 */
	public static String toJson(CapturedSchema schema) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", FORMAT);
		Map<String, Object> database = new LinkedHashMap<>();
		database.put("family", schema.family().name());
		database.put("product", schema.productName());
		database.put("version", schema.productVersion());
		json.put("database", database);
		json.put("migrations", SnapshotJson.migrations(schema.migrations()));
		SchemaSnapshot snapshot = schema.schema();
		json.put("tables", snapshot.tables().stream().map(SnapshotJson::table).toList());
		json.put("sequencesRead", snapshot.sequencesRead());
		json.put("sequences", snapshot.sequences().stream().map(SnapshotJson::sequence).toList());
		StringBuilder out = new StringBuilder();
		render(json, "", out);
		return out.append('\n').toString();
	}

	/**
	 * Read a snapshot file.
	 * @param file the file
	 * @return the captured schema
	 * @throws IOException if the file cannot be read
	 * @throws SnapshotFormatException if it is not a snapshot of this format
	 */
	public static CapturedSchema read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/**
	 * Read a snapshot file from a stream, which is closed.
	 * @param input the stream
	 * @return the captured schema
	 * @throws IOException if the stream cannot be read
	 * @throws SnapshotFormatException if it is not a snapshot of this format
	 */
	public static CapturedSchema read(InputStream input) throws IOException {
		try (input) {
			return parse(new String(input.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/**
	 * Read a snapshot file's JSON.
	 * @param json the JSON
	 * @return the captured schema
	 * @throws SnapshotFormatException if it is not a snapshot of this format
	 */
	public static CapturedSchema parse(String json) {
		Map<String, Object> root;
		try {
			root = JsonReader.readObject(json);
		}
		catch (IllegalArgumentException ex) {
			throw new SnapshotFormatException("it is not valid JSON (" + ex.getMessage() + ")");
		}
		Object format = root.get("format");
		if (!String.valueOf(FORMAT).equals(String.valueOf(format))) {
			throw new SnapshotFormatException("its \"format\" is " + format
					+ ", and this version of Startup Guard reads" + " format " + FORMAT + " only");
		}
		return SnapshotJson.captured(root);
	}

	private static void render(Object value, String indent, StringBuilder out) {
		if (value instanceof Map<?, ?> map && map.values().stream().allMatch(SchemaSnapshotFile::flat)) {
			StringBuilder line = new StringBuilder("{");
			map.forEach((key, item) -> {
				if (item != null) {
					line.append((line.length() > 1) ? ", " : "").append(scalar(key)).append(": ");
					render(item, indent, line);
				}
			});
			out.append(line).append("}");
		}
		else if (value instanceof Map<?, ?> map) {
			out.append("{");
			String inner = indent + "  ";
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (entry.getValue() == null) {
					continue;
				}
				out.append(first ? "\n" : ",\n").append(inner).append(scalar(entry.getKey())).append(": ");
				render(entry.getValue(), inner, out);
				first = false;
			}
			out.append(first ? "}" : "\n" + indent + "}");
		}
		else if (value instanceof List<?> list) {
			if (flat(list)) {
				out.append("[");
				for (int i = 0; i < list.size(); i++) {
					out.append((i > 0) ? ", " : "").append(scalar(list.get(i)));
				}
				out.append("]");
				return;
			}
			out.append("[");
			String inner = indent + "  ";
			for (int i = 0; i < list.size(); i++) {
				out.append((i > 0) ? ",\n" : "\n").append(inner);
				render(list.get(i), inner, out);
			}
			out.append("\n").append(indent).append("]");
		}
		else {
			out.append(scalar(value));
		}
	}

	// a scalar, or a list of scalars: what fits on the line of its object
	private static boolean flat(@Nullable Object value) {
		return !(value instanceof Map) && (!(value instanceof List<?> list)
				|| list.stream().noneMatch((item) -> item instanceof Map || item instanceof List));
	}

	private static String scalar(Object value) {
		return JsonWriter.standard().writeToString(value);
	}

}
