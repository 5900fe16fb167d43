package dev.convai.port;

import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationQuery;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The pages of a listing, fetched one at a time as the stream asks for them. Holds only the
 * cursor of the next page between fetches, so memory does not grow with the number of pages.
 */
final class PageSpliterator extends Spliterators.AbstractSpliterator<ConversationPage> {

  private final ConversationHistoryPort port;
  private final ConversationQuery query;
  private final AnalysisOptions options;
  private Optional<String> cursor;
  private boolean done;

  PageSpliterator(ConversationHistoryPort port, ConversationQuery query, AnalysisOptions options) {
    super(Long.MAX_VALUE, ORDERED | NONNULL);
    this.port = Objects.requireNonNull(port, "port");
    this.query = Objects.requireNonNull(query, "query");
    this.options = Objects.requireNonNull(options, "options");
    this.cursor = query.cursor();
  }

  @Override
  public boolean tryAdvance(Consumer<? super ConversationPage> action) {
    if (done) {
      return false;
    }
    ConversationPage page = fetch(cursor.map(query::withCursor).orElseGet(query::firstPage));
    Optional<String> next = page.next();
    if (next.isPresent() && next.equals(cursor)) {
      // A backend that hands back the cursor it was given would make the stream endless.
      done = true;
      throw new MalformedResponseException(
          "The conversation listing returned the cursor it was asked for as the next one; stopping",
          FailureDetails.unattributed(),
          Optional.of("$.next_cursor"),
          null);
    }
    cursor = next;
    done = next.isEmpty();
    action.accept(page);
    return true;
  }

  private ConversationPage fetch(ConversationQuery pageQuery) {
    try {
      return port.listConversations(pageQuery, options).toCompletableFuture().join();
    } catch (CompletionException | CancellationException wrapped) {
      done = true;
      Throwable cause = wrapped instanceof CompletionException && wrapped.getCause() != null ? wrapped.getCause() : wrapped;
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw wrapped;
    }
  }
}
