package dev.convai.port.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationStatus;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.ConversationHistoryPort;
import dev.convai.port.FailureDetails;
import dev.convai.port.MalformedResponseException;
import dev.convai.port.ServerErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The port's default auto-paging over a scripted sequence of pages. */
class AutoPagingTest {

  @Test
  void pagesAreFetchedOnlyAsTheStreamReachesThem() {
    ScriptedPages port = new ScriptedPages(cursor -> page(cursor, 3, 10));

    List<String> firstFour =
        port.conversations(ConversationQuery.all()).limit(4).map(s -> s.conversationId().value()).collect(Collectors.toList());

    assertEquals(List.of("conv_0", "conv_1", "conv_2", "conv_3"), firstFour);
    assertEquals(List.of("", "3"), port.cursorsAsked, "the third page was never needed");
  }

  @Test
  void theStreamStartsAtTheQuerysCursorAndStopsAfterThePageWithoutNext() {
    ScriptedPages port = new ScriptedPages(cursor -> page(cursor, 4, 10));

    long count = port.conversations(ConversationQuery.all().withCursor("4")).count();

    assertEquals(6, count);
    assertEquals(List.of("4", "8"), port.cursorsAsked);
  }

  @Test
  void aPageThatSaysNoMoreEndsTheStreamEvenWithACursor() {
    ScriptedPages port =
        new ScriptedPages(cursor -> ConversationPage.builder().nextCursor("ignored").hasMore(false).build());

    assertEquals(0, port.conversations(ConversationQuery.all()).count());
    assertEquals(1, port.cursorsAsked.size());
  }

  @Test
  void aFailureIsThrownAsThePortsOwnExceptionNotWrapped() {
    ServerErrorException failure = new ServerErrorException("busy", FailureDetails.unattributed().withStatus(503), null);
    ScriptedPages port = new ScriptedPages(cursor -> cursor.isEmpty() ? page(cursor, 2, 10) : null);
    port.failure = failure;

    List<ConversationSummary> seen = new ArrayList<>();
    ServerErrorException thrown =
        assertThrows(ServerErrorException.class, () -> port.conversations(ConversationQuery.all()).forEach(seen::add));

    assertSame(failure, thrown);
    assertEquals(2, seen.size(), "the first page was delivered before the failure");
  }

  @Test
  void aBackendThatHandsBackTheSameCursorFailsInsteadOfLoopingForever() {
    ScriptedPages port = new ScriptedPages(cursor -> ConversationPage.builder().nextCursor("loop").hasMore(true).build());

    assertThrows(MalformedResponseException.class, () -> port.pages(ConversationQuery.all(), AnalysisOptions.defaults()).count());
    assertEquals(List.of("", "loop"), port.cursorsAsked);
  }

  /** Page of {@code size} conversations starting at the cursor's offset, of {@code total} in all. */
  private static ConversationPage page(String cursor, int size, int total) {
    int offset = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
    List<ConversationSummary> items = new ArrayList<>();
    for (int i = offset; i < Math.min(total, offset + size); i++) {
      items.add(
          ConversationSummary.builder()
              .agentId(AgentId.of("agent_1"))
              .conversationId(ConversationId.of("conv_" + i))
              .startTimeUnixSecs(i)
              .callDurationSecs(1)
              .messageCount(1)
              .status(ConversationStatus.DONE)
              .callSuccessful(Verdict.SUCCESS)
              .build());
    }
    boolean more = offset + size < total;
    return ConversationPage.builder()
        .conversations(items)
        .hasMore(more)
        .nextCursor(more ? Optional.of(Integer.toString(offset + size)) : Optional.empty())
        .build();
  }

  /** A port that answers each listing with the page the function gives for its cursor. */
  private static final class ScriptedPages implements ConversationHistoryPort {
    final Function<String, ConversationPage> pages;
    final List<String> cursorsAsked = new ArrayList<>();
    ServerErrorException failure;

    ScriptedPages(Function<String, ConversationPage> pages) {
      this.pages = pages;
    }

    @Override
    public CompletionStage<Conversation> getConversation(ConversationId id, AnalysisOptions options) {
      return CompletableFuture.failedStage(new ServerErrorException("no conversations here", FailureDetails.of(id), null));
    }

    @Override
    public CompletionStage<ConversationPage> listConversations(ConversationQuery query, AnalysisOptions options) {
      String cursor = query.cursor().orElse("");
      cursorsAsked.add(cursor);
      ConversationPage page = pages.apply(cursor);
      return page == null ? CompletableFuture.failedStage(failure) : CompletableFuture.completedStage(page);
    }
  }
}
