package dev.convai.history;

import java.util.List;
import java.util.Objects;

/**
 * Keeps the conversations whose collected data-collection value passes a comparison. On the wire,
 * one {@code data_collection_params} value {@code id:op:value}: {@code in} takes its values
 * pipe-delimited, {@code exists} and {@code missing} take none ({@code id:exists}).
 *
 * @param dataCollectionId the data-collection item's id; not blank, without {@code :}
 * @param operator the comparison
 * @param values the operand: none for {@code exists} and {@code missing}, one or more for
 *     {@code in} (none containing {@code |}), exactly one for the other operators
 */
public record DataCollectionFilter(String dataCollectionId, DataCollectionOperator operator, List<String> values) {

  public DataCollectionFilter {
    Filters.requireToken(dataCollectionId, "data-collection filter id");
    Objects.requireNonNull(operator, "operator");
    values = List.copyOf(Objects.requireNonNull(values, "values"));
    String op = operator.value();
    if (operator.equals(DataCollectionOperator.EXISTS) || operator.equals(DataCollectionOperator.MISSING)) {
      if (!values.isEmpty()) {
        throw new IllegalArgumentException("data-collection filter '" + op + "' takes no value, got " + values);
      }
    } else if (operator.equals(DataCollectionOperator.IN)) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("data-collection filter 'in' needs at least one value");
      }
      for (String value : values) {
        if (value.indexOf('|') >= 0) {
          throw new IllegalArgumentException(
              "data-collection filter 'in' values must not contain '|' (the separator), was \"" + value + "\"");
        }
      }
    } else if (values.size() != 1) {
      throw new IllegalArgumentException(
          "data-collection filter '" + op + "' takes exactly one value, got " + values.size());
    }
  }

  /** Any comparison, for operators this version of the library does not know. */
  public static DataCollectionFilter of(String dataCollectionId, DataCollectionOperator operator, String... values) {
    return new DataCollectionFilter(dataCollectionId, operator, List.of(values));
  }

  /** The value equals this one ({@code eq}). */
  public static DataCollectionFilter equalTo(String dataCollectionId, String value) {
    return of(dataCollectionId, DataCollectionOperator.EQ, value);
  }

  /** The value differs from this one ({@code neq}). */
  public static DataCollectionFilter notEqualTo(String dataCollectionId, String value) {
    return of(dataCollectionId, DataCollectionOperator.NEQ, value);
  }

  /** The value is greater than this one ({@code gt}). */
  public static DataCollectionFilter greaterThan(String dataCollectionId, String value) {
    return of(dataCollectionId, DataCollectionOperator.GT, value);
  }

  /** The value is greater than or equal to this one ({@code gte}). */
  public static DataCollectionFilter atLeast(String dataCollectionId, String value) {
    return of(dataCollectionId, DataCollectionOperator.GTE, value);
  }

  /** The value is less than this one ({@code lt}). */
  public static DataCollectionFilter lessThan(String dataCollectionId, String value) {
    return of(dataCollectionId, DataCollectionOperator.LT, value);
  }

  /** The value is less than or equal to this one ({@code lte}). */
  public static DataCollectionFilter atMost(String dataCollectionId, String value) {
    return of(dataCollectionId, DataCollectionOperator.LTE, value);
  }

  /** The value is one of these ({@code in}). */
  public static DataCollectionFilter in(String dataCollectionId, String... values) {
    return of(dataCollectionId, DataCollectionOperator.IN, values);
  }

  /** A value was collected ({@code exists}). */
  public static DataCollectionFilter exists(String dataCollectionId) {
    return of(dataCollectionId, DataCollectionOperator.EXISTS);
  }

  /** No value was collected ({@code missing}). */
  public static DataCollectionFilter missing(String dataCollectionId) {
    return of(dataCollectionId, DataCollectionOperator.MISSING);
  }

  /** The query parameter's value: {@code id:op}, then {@code :} and the values joined by {@code |}. */
  public String toParameter() {
    String head = dataCollectionId + ":" + operator.value();
    return values.isEmpty() ? head : head + ":" + String.join("|", values);
  }
}
