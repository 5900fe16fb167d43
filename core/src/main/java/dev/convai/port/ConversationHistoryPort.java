package dev.convai.port;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import dev.convai.history.ConversationSummary;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the conversation history without running anything: one conversation as it is now (the
 * baseline before a re-run), and the conversations that match a {@link ConversationQuery}, page by
 * page or as one lazy sequence.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>{@link #getConversation} and {@link #listConversations} never throw (except for
 *       {@code null} arguments) and never return {@code null}: failures arrive through the stage,
 *       only as the subclasses of {@link ConversationAnalysisException} that
 *       {@link ConversationAnalysisPort} documents, with the same retries and deadlines. A cursor
 *       the API does not accept fails with {@link InvalidRequestException}.
 *   <li>The listing is ordered by the backend and cut into pages by cursors: asking again with
 *       {@link ConversationPage#next()} gives the next page, and every matching conversation
 *       appears on exactly one page of a run while the history does not change. A page may be
 *       empty and still say there is more.
 *   <li>{@link #conversations} and {@link #pages} fetch a page only when the consumer reaches it,
 *       hold one page at a time, and stop after the page that has no next cursor.
 *   <li>Implementations are thread-safe.
 * </ul>
 */
public interface ConversationHistoryPort {

  /**
   * Gets one conversation as it is now, with the adapter's default options.
   *
   * @param id the conversation
   * @return a stage completed with the conversation or a {@link ConversationAnalysisException}
   */
  default CompletionStage<Conversation> getConversation(ConversationId id) {
    return getConversation(id, AnalysisOptions.defaults());
  }

  /**
   * Gets one conversation as it is now ({@code GET /v1/convai/conversations/{id}}), without
   * running its analysis again.
   *
   * @param id the conversation
   * @param options retries and deadline for this call
   * @return a stage completed with the conversation or a {@link ConversationAnalysisException}
   */
  CompletionStage<Conversation> getConversation(ConversationId id, AnalysisOptions options);

  /**
   * Lists one page of conversations with the adapter's default options.
   *
   * @param query the filters, page size and cursor
   * @return a stage completed with the page or a {@link ConversationAnalysisException}
   */
  default CompletionStage<ConversationPage> listConversations(ConversationQuery query) {
    return listConversations(query, AnalysisOptions.defaults());
  }

  /**
   * Lists one page of conversations ({@code GET /v1/convai/conversations}): the first page, or the
   * page at {@link ConversationQuery#cursor()}.
   *
   * @param query the filters, page size and cursor
   * @param options retries and deadline for this call
   * @return a stage completed with the page or a {@link ConversationAnalysisException}
   */
  CompletionStage<ConversationPage> listConversations(ConversationQuery query, AnalysisOptions options);

  /**
   * Every page of the listing, from the query's cursor (or the first page) to the last, each
   * fetched only when the stream reaches it. Blocks the consuming thread while a page is fetched;
   * a failure is thrown from the stream operation as the {@link ConversationAnalysisException}
   * itself (never wrapped).
   *
   * @param query the filters and page size; its cursor, if any, is where the stream starts
   * @param options retries and deadline for each page's call
   * @return a sequential, ordered, lazy stream of pages
   */
  default Stream<ConversationPage> pages(ConversationQuery query, AnalysisOptions options) {
    return StreamSupport.stream(new PageSpliterator(this, query, options), false);
  }

  /**
   * Every conversation that matches the query, across pages fetched only when needed; memory holds
   * one page at a time however many there are. Blocks and fails like {@link #pages}.
   *
   * @param query the filters and page size; its cursor, if any, is where the stream starts
   * @return a sequential, ordered, lazy stream of the conversations
   */
  default Stream<ConversationSummary> conversations(ConversationQuery query) {
    return pages(query, AnalysisOptions.defaults()).flatMap(page -> page.conversations().stream());
  }
}
