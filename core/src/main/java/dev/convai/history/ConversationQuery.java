package dev.convai.history;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.ConversationStatus;
import dev.convai.initiation.InitiationSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Which conversations to list, and how: a typed filter for every parameter of
 * {@code GET /v1/convai/conversations}, the page size, and the cursor of the page to fetch. Every
 * filter is optional; the filters that are set must all hold (repeated values of one list filter:
 * as the API decides, any of them for tool names, languages, topics, tags and termination reasons).
 *
 * <p>Invalid combinations are refused when the query is built, with an
 * {@link IllegalArgumentException} that says what is wrong: a window that ends before it starts,
 * a negative or fractional duration, a rating outside 1 to 5, a page size outside 1 to
 * {@value #MAX_PAGE_SIZE}, blank texts.
 *
 * <pre>{@code
 * ConversationQuery query = ConversationQuery.builder()
 *     .agentId(AgentId.of("agent_123"))
 *     .callStartAfter(Instant.parse("2026-03-02T00:00:00Z"))
 *     .callSuccessful(Verdict.FAILURE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface ConversationQuery {

  /** The most conversations the API returns on one page. */
  int MAX_PAGE_SIZE = 100;

  /** The page size the API uses when none is asked for. */
  int DEFAULT_PAGE_SIZE = 30;

  /** Only this agent's conversations. Parameter {@code agent_id}. */
  Optional<AgentId> agentId();

  /** Only conversations whose call had this success verdict. Parameter {@code call_successful}. */
  Optional<Verdict> callSuccessful();

  /**
   * Only calls that started at or after this instant. Parameter {@code call_start_after_unix}, in
   * whole seconds: a fractional instant is rounded up, which keeps the same calls because the API
   * records start times in whole seconds.
   */
  Optional<Instant> callStartAfter();

  /**
   * Only calls that started before this instant (exclusive). Parameter
   * {@code call_start_before_unix}, in whole seconds, rounded up like {@link #callStartAfter()}.
   */
  Optional<Instant> callStartBefore();

  /** Only calls that lasted at least this long; whole seconds. Parameter {@code call_duration_min_secs}. */
  Optional<Duration> callDurationMin();

  /** Only calls that lasted at most this long; whole seconds. Parameter {@code call_duration_max_secs}. */
  Optional<Duration> callDurationMax();

  /** Only conversations rated at least this (1 to 5). Parameter {@code rating_min}. */
  OptionalInt ratingMin();

  /** Only conversations rated at most this (1 to 5). Parameter {@code rating_max}. */
  OptionalInt ratingMax();

  /** Only conversations with (true) or without (false) a feedback comment. Parameter {@code has_feedback_comment}. */
  Optional<Boolean> hasFeedbackComment();

  /** Only conversations initiated by this user. Parameter {@code user_id}. */
  Optional<String> userId();

  /** Evaluation-criterion verdicts the conversations must have. Parameter {@code evaluation_params}, repeated. */
  List<EvaluationFilter> evaluationFilters();

  /** Comparisons of collected values. Parameter {@code data_collection_params}, repeated. */
  List<DataCollectionFilter> dataCollectionFilters();

  /** Tools used during the call. Parameter {@code tool_names}, repeated. */
  List<String> toolNames();

  /** Tools that had successful calls. Parameter {@code tool_names_successful}, repeated. */
  List<String> toolNamesSuccessful();

  /** Tools that had errored calls. Parameter {@code tool_names_errored}, repeated. */
  List<String> toolNamesErrored();

  /** Detected main languages (language codes). Parameter {@code main_languages}, repeated. */
  List<String> mainLanguages();

  /** How many conversations a page holds at most, 1 to {@value #MAX_PAGE_SIZE}; the API's default ({@value #DEFAULT_PAGE_SIZE}) when empty. Parameter {@code page_size}. */
  OptionalInt pageSize();

  /** Whether pages include transcript summaries. Parameter {@code summary_mode}. */
  Optional<SummaryMode> summaryMode();

  /** Full-text or fuzzy search over transcript messages. Parameter {@code search}. */
  Optional<String> search();

  /** Only conversations initiated this way. Parameter {@code conversation_initiation_source}. */
  Optional<InitiationSource> initiationSource();

  /** Only text-only conversations (true) or only the others (false). Parameter {@code text_only}. */
  Optional<Boolean> textOnly();

  /** Only conversations of this product surface. Parameter {@code conversation_product_type}. */
  Optional<ConversationProduct> productType();

  /** Only conversations of this branch. Parameter {@code branch_id}. */
  Optional<String> branchId();

  /** Topics assigned during topic discovery. Parameter {@code topic_ids}, repeated. */
  List<String> topicIds();

  /** Leaves out conversations in these states. Parameter {@code exclude_statuses}, repeated. */
  List<ConversationStatus> excludedStatuses();

  /** Conversation tags. Parameter {@code tag_ids}, repeated. */
  List<String> tagIds();

  /** Only conversations that entered this workflow node. Parameter {@code workflow_node_entered_id}. */
  Optional<String> workflowNodeEnteredId();

  /** Stored termination reasons, any of them. Parameter {@code termination_reasons}, repeated. */
  List<String> terminationReasons();

  /** The page to fetch: a cursor from a previous page; the first page when empty. Parameter {@code cursor}. */
  Optional<String> cursor();

  /** {@link #callStartAfter()} in the API's whole seconds. */
  default Optional<Long> callStartAfterUnixSecs() {
    return callStartAfter().map(ConversationQuery::ceilSeconds);
  }

  /** {@link #callStartBefore()} in the API's whole seconds. */
  default Optional<Long> callStartBeforeUnixSecs() {
    return callStartBefore().map(ConversationQuery::ceilSeconds);
  }

  /** The same query for the page at this cursor. */
  default ConversationQuery withCursor(String cursor) {
    return ImmutableConversationQuery.copyOf(this).withCursor(cursor);
  }

  /** The same query for the first page. */
  default ConversationQuery firstPage() {
    return ImmutableConversationQuery.copyOf(this).withCursor(Optional.empty());
  }

  /** Refuses what the API would refuse or what can match nothing by mistake, saying why. */
  @Value.Check
  default void check() {
    if (callStartAfter().isPresent() && callStartBefore().isPresent()
        && callStartBefore().get().isBefore(callStartAfter().get())) {
      throw new IllegalArgumentException(
          "callStartBefore (" + callStartBefore().get() + ") must not be before callStartAfter (" + callStartAfter().get() + ")");
    }
    callDurationMin().ifPresent(value -> requireWholeSeconds(value, "callDurationMin"));
    callDurationMax().ifPresent(value -> requireWholeSeconds(value, "callDurationMax"));
    if (callDurationMin().isPresent() && callDurationMax().isPresent()
        && callDurationMax().get().compareTo(callDurationMin().get()) < 0) {
      throw new IllegalArgumentException(
          "callDurationMax (" + callDurationMax().get() + ") must not be less than callDurationMin (" + callDurationMin().get() + ")");
    }
    requireRating(ratingMin(), "ratingMin");
    requireRating(ratingMax(), "ratingMax");
    if (ratingMin().isPresent() && ratingMax().isPresent() && ratingMax().getAsInt() < ratingMin().getAsInt()) {
      throw new IllegalArgumentException(
          "ratingMax (" + ratingMax().getAsInt() + ") must not be less than ratingMin (" + ratingMin().getAsInt() + ")");
    }
    if (pageSize().isPresent() && (pageSize().getAsInt() < 1 || pageSize().getAsInt() > MAX_PAGE_SIZE)) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize().getAsInt());
    }
    userId().ifPresent(value -> Filters.requireNotBlank(value, "userId"));
    search().ifPresent(value -> Filters.requireNotBlank(value, "search"));
    branchId().ifPresent(value -> Filters.requireNotBlank(value, "branchId"));
    workflowNodeEnteredId().ifPresent(value -> Filters.requireNotBlank(value, "workflowNodeEnteredId"));
    cursor().ifPresent(value -> Filters.requireNotBlank(value, "cursor"));
    agentId().ifPresent(value -> Filters.requireNotBlank(value.value(), "agentId"));
    toolNames().forEach(value -> Filters.requireNotBlank(value, "toolNames element"));
    toolNamesSuccessful().forEach(value -> Filters.requireNotBlank(value, "toolNamesSuccessful element"));
    toolNamesErrored().forEach(value -> Filters.requireNotBlank(value, "toolNamesErrored element"));
    mainLanguages().forEach(value -> Filters.requireNotBlank(value, "mainLanguages element"));
    topicIds().forEach(value -> Filters.requireNotBlank(value, "topicIds element"));
    tagIds().forEach(value -> Filters.requireNotBlank(value, "tagIds element"));
    terminationReasons().forEach(value -> Filters.requireNotBlank(value, "terminationReasons element"));
  }

  /** A query without filters: every conversation the key may see, first page. */
  static ConversationQuery all() {
    return builder().build();
  }

  /** A builder for this type. */
  static ImmutableConversationQuery.Builder builder() {
    return ImmutableConversationQuery.builder();
  }

  private static void requireWholeSeconds(Duration value, String name) {
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    if (value.getNano() != 0) {
      throw new IllegalArgumentException(name + " must be whole seconds (the API's unit), was " + value);
    }
  }

  private static void requireRating(OptionalInt rating, String name) {
    if (rating.isPresent() && (rating.getAsInt() < 1 || rating.getAsInt() > 5)) {
      throw new IllegalArgumentException(name + " must be between 1 and 5, was " + rating.getAsInt());
    }
  }

  private static long ceilSeconds(Instant instant) {
    return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
  }
}
