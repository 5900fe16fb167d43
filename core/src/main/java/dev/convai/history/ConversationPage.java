package dev.convai.history;

import dev.convai.json.Extensible;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of the conversation listing: its conversations, and the cursor of the next page while
 * there is one. Ask for the next page with {@link ConversationQuery#withCursor(String)
 * query.withCursor(page.nextCursor().get())}, or let
 * {@link dev.convai.port.ConversationHistoryPort#conversations} do it.
 *
 * <p>Wire schema {@code GetConversationsPageResponseModel}.
 */
@Value.Immutable
public interface ConversationPage extends Extensible {

  /** The conversations of this page, in the listing's order. Wire name {@code conversations}. */
  List<ConversationSummary> conversations();

  /** The cursor of the next page. Wire name {@code next_cursor}; empty when absent or {@code null}. */
  Optional<String> nextCursor();

  /** Whether the listing goes on after this page. Wire name {@code has_more}; {@code false} when absent. */
  @Value.Default
  default boolean hasMore() {
    return false;
  }

  /**
   * The cursor to ask for the next page with, or empty when this page is the last: the listing
   * goes on only while it says it has more and gives a cursor for it.
   */
  default Optional<String> next() {
    return hasMore() ? nextCursor().filter(cursor -> !cursor.isEmpty()) : Optional.empty();
  }

  /** A builder for this type. */
  static ImmutableConversationPage.Builder builder() {
    return ImmutableConversationPage.builder();
  }
}
