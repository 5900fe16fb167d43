package dev.convai.analysis;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The JSON type of a data-collection item.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code LiteralJsonSchemaPropertyType}.
 */
public final class SchemaValueType extends OpenVocabulary {

  private static final Registry<SchemaValueType> VALUES = new Registry<>(SchemaValueType::new);

  /** {@code boolean}. */
  public static final SchemaValueType BOOLEAN = VALUES.known("boolean");

  /** {@code string}. */
  public static final SchemaValueType STRING = VALUES.known("string");

  /** {@code integer}. */
  public static final SchemaValueType INTEGER = VALUES.known("integer");

  /** {@code number}. */
  public static final SchemaValueType NUMBER = VALUES.known("number");

  private SchemaValueType(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static SchemaValueType of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<SchemaValueType> knownValues() {
    return VALUES.values();
  }
}
