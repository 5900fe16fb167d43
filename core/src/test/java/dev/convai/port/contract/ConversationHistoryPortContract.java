package dev.convai.port.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import dev.convai.port.ConversationHistoryPort;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationHistoryPort} promises, as tests: get returns the conversation the
 * backend holds, unchanged, and not-found for an unknown id; the listing shows every matching
 * conversation exactly once across pages that follow each other by cursor and end with a page
 * without one; auto-paging fetches a page only when the stream reaches it; the agent, call-start
 * window and call-success filters keep exactly the conversations they name; a cursor the backend
 * did not hand out fails with {@link InvalidRequestException}, through the stage and, unwrapped,
 * from the stream.
 *
 * <p>Extend it in a {@code *ContractTest} and implement {@link #openHistoryHarness()}, as for
 * {@link ConversationAnalysisPortContract}.
 */
public abstract class ConversationHistoryPortContract {

  /** The agent of the listed conversations. */
  public static final AgentId AGENT = ContractConversations.AGENT;

  /** Another agent, whose conversations a filter on {@link #AGENT} leaves out. */
  public static final AgentId OTHER_AGENT = AgentId.of("agent_contract_other");

  private static final long START = 1_767_225_600L; // 2026-01-01T00:00:00Z

  private HistoryHarness harness;

  /**
   * A new harness for one test method, holding nothing; closed by this class afterwards.
   *
   * @throws Exception if it cannot be set up
   */
  protected abstract HistoryHarness openHistoryHarness() throws Exception;

  @BeforeEach
  final void openTheHarness() throws Exception {
    harness = Objects.requireNonNull(openHistoryHarness(), "openHistoryHarness() returned null");
  }

  @AfterEach
  final void closeTheHarness() {
    if (harness != null) {
      harness.close();
    }
  }

  @Test
  final void getReturnsTheHeldConversationUnchanged() {
    Conversation held = listed(1, AGENT, 0, Verdict.SUCCESS);
    harness.scriptConversation(held);

    assertEquals(held, join(harness.port().getConversation(held.conversationId())));
  }

  @Test
  final void getOfAnUnknownIdFailsWithNotFound() {
    Throwable failure = failure(harness.port().getConversation(harness.unknownId()));

    assertInstanceOf(ConversationNotFoundException.class, failure);
  }

  @Test
  final void pagesFollowEachOtherByCursorAndShowEveryConversationOnce() {
    List<ConversationId> scripted = script(7, AGENT);

    List<ConversationId> seen = new ArrayList<>();
    ConversationQuery query = ConversationQuery.builder().agentId(AGENT).pageSize(3).build();
    int pages = 0;
    Optional<String> cursor = Optional.empty();
    do {
      ConversationPage page = join(harness.port().listConversations(cursor.map(query::withCursor).orElse(query)));
      pages++;
      assertTrue(page.conversations().size() <= 3, "a page holds at most the page size");
      page.conversations().forEach(summary -> seen.add(summary.conversationId()));
      cursor = page.next();
      assertTrue(pages <= 7, "the listing must end");
    } while (cursor.isPresent());

    assertEquals(Set.copyOf(scripted), Set.copyOf(seen), "every conversation listed");
    assertEquals(seen.size(), new HashSet<>(seen).size(), "none listed twice");
    assertEquals(3, pages);
  }

  @Test
  final void theStreamCrossesPagesAndEndsAfterTheLast() {
    List<ConversationId> scripted = script(5, AGENT);

    List<ConversationId> streamed =
        harness.port()
            .conversations(ConversationQuery.builder().agentId(AGENT).pageSize(2).build())
            .map(ConversationSummary::conversationId)
            .collect(Collectors.toList());

    assertEquals(Set.copyOf(scripted), Set.copyOf(streamed));
    assertEquals(5, streamed.size());
    assertEquals(3, harness.listRequestsReceived(), "one request per page, none after the last");
  }

  @Test
  final void theStreamFetchesAPageOnlyWhenItIsReached() {
    script(6, AGENT);

    List<ConversationSummary> first =
        harness.port()
            .conversations(ConversationQuery.builder().agentId(AGENT).pageSize(2).build())
            .limit(2)
            .collect(Collectors.toList());

    assertEquals(2, first.size());
    assertEquals(1, harness.listRequestsReceived(), "the second page was never needed");
  }

  @Test
  final void filtersKeepExactlyTheConversationsTheyName() {
    List<ConversationId> ours = script(6, AGENT); // starts at START + 0, 60, ..., 300 s
    script(2, OTHER_AGENT);

    Set<ConversationId> window =
        ids(
            ConversationQuery.builder()
                .agentId(AGENT)
                .callStartAfter(Instant.ofEpochSecond(START + 60))
                .callStartBefore(Instant.ofEpochSecond(START + 240))
                .build());
    Set<ConversationId> failures =
        ids(ConversationQuery.builder().agentId(AGENT).callSuccessful(Verdict.FAILURE).build());

    assertEquals(Set.of(ours.get(1), ours.get(2), ours.get(3)), window, "start inclusive, end exclusive");
    assertEquals(Set.of(ours.get(1), ours.get(3), ours.get(5)), failures, "odd ones failed");
    assertEquals(Set.copyOf(ours), ids(ConversationQuery.builder().agentId(AGENT).build()), "agent filter");
  }

  @Test
  final void aCursorTheBackendDidNotHandOutIsAnInvalidRequest() {
    script(2, AGENT);
    ConversationQuery query = ConversationQuery.builder().agentId(AGENT).cursor("not-a-cursor-of-this-backend").build();

    assertInstanceOf(InvalidRequestException.class, failure(harness.port().listConversations(query)));
    InvalidRequestException thrown =
        assertThrows(InvalidRequestException.class, () -> harness.port().conversations(query).count());
    assertFalse(thrown.getMessage().isEmpty());
  }

  private Set<ConversationId> ids(ConversationQuery query) {
    return harness.port().conversations(query).map(ConversationSummary::conversationId).collect(Collectors.toSet());
  }

  /** Scripts {@code count} done conversations of this agent, a minute apart; odd ones failed. */
  private List<ConversationId> script(int count, AgentId agent) {
    List<ConversationId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Conversation conversation = listed(i, agent, i * 60L, i % 2 == 1 ? Verdict.FAILURE : Verdict.SUCCESS);
      harness.scriptConversation(conversation);
      ids.add(conversation.conversationId());
    }
    return ids;
  }

  /** A done conversation for the listing, with this start offset and call-success verdict. */
  public static Conversation listed(int number, AgentId agent, long startOffsetSecs, Verdict callSuccessful) {
    ConversationId id = ConversationId.of("conv_history_" + agent.value() + "_" + number);
    Conversation done = ContractConversations.done(id);
    return Conversation.builder()
        .from(done)
        .agentId(agent)
        .metadata(ConversationMetadata.builder().from(done.metadata()).startTimeUnixSecs(START + startOffsetSecs).build())
        .analysis(Analysis.builder().from(done.analysis().orElseThrow()).callSuccessful(callSuccessful).build())
        .build();
  }

  private static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(ConversationAnalysisPortContract.PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the call did not succeed", e);
    }
  }

  private static Throwable failure(CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected the call to fail");
  }

}
