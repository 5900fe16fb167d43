package dev.convai.adapter.fake;

import dev.convai.analysis.SchemaValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The analysis settings of one agent: its evaluation criteria and data-collection items, in the
 * order the analysis reports them. Immutable; the {@code with...} methods return changed copies.
 *
 * @param criteria the evaluation criteria, ids unique
 * @param dataCollection the data-collection items, ids unique
 */
public record AgentSettings(List<EvaluationCriterion> criteria, List<DataCollectionItem> dataCollection) {

  private static final AgentSettings DEFAULTS =
      new AgentSettings(
          List.of(
              new EvaluationCriterion(
                  "greeting", "Greeting", "The agent greets the user and offers help in its first turn."),
              new EvaluationCriterion(
                  "issue_resolved", "Issue resolved", "The user's request is resolved by the end of the call."),
              new EvaluationCriterion(
                  "polite_tone", "Polite tone", "The agent stays polite and professional throughout.")),
          List.of(
              DataCollectionItem.of("customer_request", SchemaValueType.STRING, "What the user asked for, in their words."),
              DataCollectionItem.of("reference_number", SchemaValueType.INTEGER, "The order, booking or account number the user gave."),
              DataCollectionItem.of("satisfaction", SchemaValueType.NUMBER, "How satisfied the user sounded, from 0 to 5."),
              DataCollectionItem.of("callback_requested", SchemaValueType.BOOLEAN, "Whether the user asked to be called back.")));

  /** Settings with these criteria and items, in order; refuses duplicate ids. */
  public AgentSettings {
    criteria = List.copyOf(criteria);
    dataCollection = List.copyOf(dataCollection);
    requireUniqueIds(criteria, EvaluationCriterion::id, "criterion");
    requireUniqueIds(dataCollection, DataCollectionItem::id, "data-collection item");
  }

  /** No criteria and no data collection. */
  public static AgentSettings empty() {
    return new AgentSettings(List.of(), List.of());
  }

  /**
   * The settings the fake's {@linkplain FakeConversationAnalysisAdapter#GENERATED_AGENT generated
   * agent} starts with: criteria {@code greeting}, {@code issue_resolved} and {@code polite_tone};
   * data collection {@code customer_request} (string), {@code reference_number} (integer),
   * {@code satisfaction} (number) and {@code callback_requested} (boolean).
   */
  public static AgentSettings defaults() {
    return DEFAULTS;
  }

  /** These settings with the criterion added at the end, or replacing the one with its id in place. */
  public AgentSettings withCriterion(EvaluationCriterion criterion) {
    return new AgentSettings(upsert(criteria, criterion, EvaluationCriterion::id), dataCollection);
  }

  /** These settings without the criterion of this id (unchanged if there is none). */
  public AgentSettings withoutCriterion(String id) {
    return new AgentSettings(remove(criteria, id, EvaluationCriterion::id), dataCollection);
  }

  /** These settings with the item added at the end, or replacing the one with its id in place. */
  public AgentSettings withDataCollection(DataCollectionItem item) {
    return new AgentSettings(criteria, upsert(dataCollection, item, DataCollectionItem::id));
  }

  /** These settings without the data-collection item of this id (unchanged if there is none). */
  public AgentSettings withoutDataCollection(String id) {
    return new AgentSettings(criteria, remove(dataCollection, id, DataCollectionItem::id));
  }

  private static <T> List<T> upsert(List<T> list, T element, Function<T, String> id) {
    Objects.requireNonNull(element, "element");
    List<T> copy = new ArrayList<>(list);
    for (int i = 0; i < copy.size(); i++) {
      if (id.apply(copy.get(i)).equals(id.apply(element))) {
        copy.set(i, element);
        return copy;
      }
    }
    copy.add(element);
    return copy;
  }

  private static <T> List<T> remove(List<T> list, String removed, Function<T, String> id) {
    Objects.requireNonNull(removed, "id");
    List<T> copy = new ArrayList<>(list);
    copy.removeIf(element -> id.apply(element).equals(removed));
    return copy;
  }

  private static <T> void requireUniqueIds(List<T> list, Function<T, String> id, String what) {
    Set<String> seen = new HashSet<>();
    for (T element : list) {
      if (!seen.add(id.apply(element))) {
        throw new IllegalArgumentException("Duplicate " + what + " id: " + id.apply(element));
      }
    }
  }
}
