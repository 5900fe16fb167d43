package dev.convai.history;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * How a {@link DataCollectionFilter} compares a collected value: {@code eq}, {@code neq}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code in} (any of several values), {@code exists} or {@code missing}.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). On the wire, the middle part of a {@code data_collection_params}
 * value of {@code GET /v1/convai/conversations}.
 */
public final class DataCollectionOperator extends OpenVocabulary {

  private static final Registry<DataCollectionOperator> VALUES = new Registry<>(DataCollectionOperator::new);

  /** {@code eq}. */
  public static final DataCollectionOperator EQ = VALUES.known("eq");

  /** {@code neq}. */
  public static final DataCollectionOperator NEQ = VALUES.known("neq");

  /** {@code gt}. */
  public static final DataCollectionOperator GT = VALUES.known("gt");

  /** {@code gte}. */
  public static final DataCollectionOperator GTE = VALUES.known("gte");

  /** {@code lt}. */
  public static final DataCollectionOperator LT = VALUES.known("lt");

  /** {@code lte}. */
  public static final DataCollectionOperator LTE = VALUES.known("lte");

  /** {@code in}. */
  public static final DataCollectionOperator IN = VALUES.known("in");

  /** {@code exists}. */
  public static final DataCollectionOperator EXISTS = VALUES.known("exists");

  /** {@code missing}. */
  public static final DataCollectionOperator MISSING = VALUES.known("missing");

  private DataCollectionOperator(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static DataCollectionOperator of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<DataCollectionOperator> knownValues() {
    return VALUES.values();
  }
}
