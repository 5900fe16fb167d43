package dev.convai.adapter.fake;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationFeedback;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import dev.convai.history.DataCollectionFilter;
import dev.convai.history.DataCollectionOperator;
import dev.convai.history.EvaluationFilter;
import dev.convai.history.SummaryMode;
import dev.convai.initiation.ConfigOverride;
import dev.convai.initiation.ConversationOverride;
import dev.convai.initiation.InitiationClientData;
import dev.convai.json.JsonValue;
import dev.convai.port.FailureDetails;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.Violation;
import dev.convai.transcript.AgentMetadata;
import dev.convai.transcript.ToolCall;
import dev.convai.transcript.ToolResult;
import dev.convai.transcript.TranscriptEntry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The fake's conversation listing: its conversations in a fixed order (agent id, then start time,
 * then conversation id, each ascending), filtered as the API's parameters say, cut into pages by
 * cursors that name the last conversation of the previous page. Such a cursor stays valid when
 * conversations are added, and it never shows a conversation twice in one run.
 */
final class HistoryListing {

  /** Sort key of a listed conversation; the cursor is its text form. */
  record Key(String agentId, long startTimeUnixSecs, String conversationId) implements Comparable<Key> {

    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::agentId)
            .thenComparingLong(Key::startTimeUnixSecs)
            .thenComparing(Key::conversationId);

    static Key of(Conversation conversation) {
      return new Key(
          conversation.agentId().value(), conversation.metadata().startTimeUnixSecs(), conversation.conversationId().value());
    }

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }

    String toCursor() {
      String text = agentId.length() + ":" + agentId + startTimeUnixSecs + ":" + conversationId;
      return "fc1." + Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor names; empty if it is not one of this listing's cursors. */
    static Optional<Key> fromCursor(String cursor) {
      if (!cursor.startsWith("fc1.")) {
        return Optional.empty();
      }
      try {
        String text = new String(Base64.getUrlDecoder().decode(cursor.substring(4)), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        int agentLength = Integer.parseInt(text.substring(0, colon));
        String agent = text.substring(colon + 1, colon + 1 + agentLength);
        String rest = text.substring(colon + 1 + agentLength);
        int second = rest.indexOf(':');
        return Optional.of(new Key(agent, Long.parseLong(rest.substring(0, second)), rest.substring(second + 1)));
      } catch (RuntimeException notOurs) {
        return Optional.empty();
      }
    }
  }

  private HistoryListing() {}

  /**
   * One page: the conversations after the cursor that pass the filters, at most {@code pageSize}.
   *
   * @param ordered every conversation of the fake as it is now, in listing order
   * @throws InvalidRequestException for a cursor this listing did not hand out, or a filter it
   *     cannot apply (an operator it does not know)
   */
  static ConversationPage page(List<Conversation> ordered, ConversationQuery query, int maxPageSize) {
    Optional<Key> after = Optional.empty();
    if (query.cursor().isPresent()) {
      after = Key.fromCursor(query.cursor().get());
      if (after.isEmpty()) {
        throw invalid(List.of("query", "cursor"), "Invalid cursor", "value_error");
      }
    }
    for (DataCollectionFilter filter : query.dataCollectionFilters()) {
      if (!filter.operator().isKnown()) {
        throw invalid(
            List.of("query", "data_collection_params"), "Unknown operator " + filter.operator().value(), "value_error");
      }
    }
    int size = Math.min(query.pageSize().orElse(ConversationQuery.DEFAULT_PAGE_SIZE), maxPageSize);
    boolean summaries = query.summaryMode().map(SummaryMode.INCLUDE::equals).orElse(false);
    List<ConversationSummary> page = new ArrayList<>(size);
    Key last = null;
    boolean more = false;
    for (Conversation conversation : ordered) {
      Key key = Key.of(conversation);
      if (after.isPresent() && key.compareTo(after.get()) <= 0) {
        continue;
      }
      if (!matches(conversation, query)) {
        continue;
      }
      if (page.size() == size) {
        more = true;
        break;
      }
      page.add(summary(conversation, summaries));
      last = key;
    }
    return ConversationPage.builder()
        .conversations(page)
        .hasMore(more)
        .nextCursor(more ? Optional.of(last.toCursor()) : Optional.empty())
        .build();
  }

  static InvalidRequestException invalid(List<String> location, String message, String type) {
    String body =
        "{\"detail\":[{\"loc\":[\"" + String.join("\",\"", location) + "\"],\"msg\":\"" + message + "\",\"type\":\"" + type + "\"}]}";
    return new InvalidRequestException(
        "Invalid request listing conversations: " + String.join(".", location) + ": " + message + " (HTTP 422, 1 attempt)",
        FailureDetails.unattributed().withStatus(422).withBody(body),
        List.of(new Violation(location, message, type)),
        null);
  }

  /** Whether the conversation passes every filter the query sets. */
  static boolean matches(Conversation conversation, ConversationQuery query) {
    long start = conversation.metadata().startTimeUnixSecs();
    long duration = conversation.metadata().callDurationSecs();
    Optional<Analysis> analysis = conversation.analysis();
    Optional<ConversationFeedback> feedback = conversation.metadata().feedback();
    return query.agentId().map(conversation.agentId()::equals).orElse(true)
        && query.callSuccessful().map(v -> analysis.map(a -> v.equals(a.callSuccessful())).orElse(false)).orElse(true)
        && query.callStartAfterUnixSecs().map(after -> start >= after).orElse(true)
        && query.callStartBeforeUnixSecs().map(before -> start < before).orElse(true)
        && query.callDurationMin().map(min -> duration >= min.getSeconds()).orElse(true)
        && query.callDurationMax().map(max -> duration <= max.getSeconds()).orElse(true)
        && (query.ratingMin().isEmpty() || rating(feedback).filter(r -> r >= query.ratingMin().getAsInt()).isPresent())
        && (query.ratingMax().isEmpty() || rating(feedback).filter(r -> r <= query.ratingMax().getAsInt()).isPresent())
        && query.hasFeedbackComment().map(wanted -> wanted == hasComment(feedback)).orElse(true)
        && query.userId().map(user -> conversation.userId().map(user::equals).orElse(false)).orElse(true)
        && query.evaluationFilters().stream().allMatch(filter -> passes(analysis, filter))
        && query.dataCollectionFilters().stream().allMatch(filter -> passes(analysis, filter))
        && anyOf(query.toolNames(), toolNames(conversation))
        && anyOf(query.toolNamesSuccessful(), toolResultNames(conversation, false))
        && anyOf(query.toolNamesErrored(), toolResultNames(conversation, true))
        && anyOf(query.mainLanguages(), conversation.metadata().mainLanguage().stream().toList())
        && query.search().map(text -> mentions(conversation, text)).orElse(true)
        && query.initiationSource()
            .map(source -> source.equals(conversation.metadata().conversationInitiationSource()))
            .orElse(true)
        && query.textOnly().map(wanted -> wanted == textOnly(conversation)).orElse(true)
        && query.productType().map(product -> product.value().equals(conversation.conversationProduct())).orElse(true)
        && query.branchId().map(branch -> conversation.branchId().map(branch::equals).orElse(false)).orElse(true)
        // The fake runs no topic discovery: no conversation has a topic.
        && query.topicIds().isEmpty()
        && !query.excludedStatuses().contains(conversation.status())
        && anyOf(query.tagIds(), conversation.tagIds())
        && query.workflowNodeEnteredId().map(node -> enteredNode(conversation, node)).orElse(true)
        && anyOf(query.terminationReasons(), List.of(conversation.metadata().terminationReason()));
  }

  /** The listing's view of a conversation. */
  static ConversationSummary summary(Conversation conversation, boolean withTranscriptSummary) {
    Optional<Analysis> analysis = conversation.analysis();
    return ConversationSummary.builder()
        .agentId(conversation.agentId())
        .branchId(conversation.branchId())
        .versionId(conversation.versionId())
        .agentName(conversation.agentName())
        .conversationId(conversation.conversationId())
        .startTimeUnixSecs(conversation.metadata().startTimeUnixSecs())
        .callDurationSecs(conversation.metadata().callDurationSecs())
        .messageCount(conversation.transcript().size())
        .status(conversation.status())
        .terminationReason(Optional.of(conversation.metadata().terminationReason()).filter(reason -> !reason.isEmpty()))
        .callSuccessful(analysis.map(Analysis::callSuccessful).orElse(Verdict.UNKNOWN))
        .transcriptSummary(withTranscriptSummary ? analysis.map(Analysis::transcriptSummary) : Optional.empty())
        .callSummaryTitle(analysis.flatMap(Analysis::callSummaryTitle))
        .mainLanguage(conversation.metadata().mainLanguage())
        .conversationInitiationSource(conversation.metadata().conversationInitiationSource())
        .toolNames(toolNames(conversation))
        .rating(rating(conversation.metadata().feedback()).map(r -> OptionalDouble.of(r)).orElse(OptionalDouble.empty()))
        .build();
  }

  private static Optional<Long> rating(Optional<ConversationFeedback> feedback) {
    return feedback.flatMap(f -> f.rating().isPresent() ? Optional.of(f.rating().getAsLong()) : Optional.empty());
  }

  private static boolean hasComment(Optional<ConversationFeedback> feedback) {
    return feedback.flatMap(ConversationFeedback::comment).filter(comment -> !comment.isBlank()).isPresent();
  }

  private static boolean passes(Optional<Analysis> analysis, EvaluationFilter filter) {
    return analysis
        .map(a -> a.evaluationCriteriaResults().get(filter.criterionId()))
        .map(CriterionResult::result)
        .map(filter.result()::equals)
        .orElse(false);
  }

  private static boolean passes(Optional<Analysis> analysis, DataCollectionFilter filter) {
    Optional<JsonValue> value =
        analysis
            .map(a -> a.dataCollectionResults().get(filter.dataCollectionId()))
            .flatMap(DataCollectionResult::value)
            .filter(v -> v.kind() != JsonValue.Kind.NULL);
    DataCollectionOperator op = filter.operator();
    if (op.equals(DataCollectionOperator.EXISTS)) {
      return value.isPresent();
    }
    if (op.equals(DataCollectionOperator.MISSING)) {
      return value.isEmpty();
    }
    if (value.isEmpty()) {
      return false;
    }
    String text = text(value.get());
    if (op.equals(DataCollectionOperator.IN)) {
      return filter.values().contains(text);
    }
    int comparison = compare(text, filter.values().get(0));
    if (op.equals(DataCollectionOperator.EQ)) {
      return comparison == 0;
    }
    if (op.equals(DataCollectionOperator.NEQ)) {
      return comparison != 0;
    }
    if (op.equals(DataCollectionOperator.GT)) {
      return comparison > 0;
    }
    if (op.equals(DataCollectionOperator.GTE)) {
      return comparison >= 0;
    }
    if (op.equals(DataCollectionOperator.LT)) {
      return comparison < 0;
    }
    return comparison <= 0; // LTE: unknown operators were refused before
  }

  /** A value as the filter's text compares with it: strings bare, everything else as JSON. */
  private static String text(JsonValue value) {
    return value.kind() == JsonValue.Kind.STRING ? value.asString().orElse("") : value.toString();
  }

  /** Numbers compare as numbers, everything else as text. */
  private static int compare(String value, String operand) {
    try {
      return new BigDecimal(value).compareTo(new BigDecimal(operand));
    } catch (NumberFormatException notNumbers) {
      return value.compareTo(operand);
    }
  }

  private static boolean anyOf(List<String> wanted, List<String> present) {
    return wanted.isEmpty() || present.stream().anyMatch(wanted::contains);
  }

  private static List<String> toolNames(Conversation conversation) {
    return conversation.toolCalls().stream().map(ToolCall::toolName).distinct().toList();
  }

  private static List<String> toolResultNames(Conversation conversation, boolean errored) {
    return conversation.toolResults().stream()
        .filter(result -> result.isError() == errored)
        .map(ToolResult::toolName)
        .distinct()
        .toList();
  }

  private static boolean mentions(Conversation conversation, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    return conversation.transcript().stream()
        .map(TranscriptEntry::message)
        .flatMap(Optional::stream)
        .anyMatch(message -> message.toLowerCase(Locale.ROOT).contains(needle));
  }

  private static boolean textOnly(Conversation conversation) {
    return conversation.conversationInitiationClientData()
        .flatMap(InitiationClientData::conversationConfigOverride)
        .flatMap(ConfigOverride::conversation)
        .flatMap(ConversationOverride::textOnly)
        .orElse(false);
  }

  private static boolean enteredNode(Conversation conversation, String node) {
    return conversation.transcript().stream()
        .map(TranscriptEntry::agentMetadata)
        .flatMap(Optional::stream)
        .map(AgentMetadata::workflowNodeId)
        .flatMap(Optional::stream)
        .anyMatch(node::equals);
  }
}
