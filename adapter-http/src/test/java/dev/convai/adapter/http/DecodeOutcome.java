package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.fail;

import dev.convai.conversation.Conversation;
import dev.convai.port.MalformedResponseException;
import java.util.Optional;

/**
 * What decoding some bytes ended as: a conversation or a {@link MalformedResponseException}.
 * Anything else (another exception type, an {@link Error} such as {@code StackOverflowError})
 * fails the calling test with the input described.
 */
final class DecodeOutcome {

  private final Conversation conversation;
  private final MalformedResponseException failure;

  private DecodeOutcome(Conversation conversation, MalformedResponseException failure) {
    this.conversation = conversation;
    this.failure = failure;
  }

  /** Decodes {@code json}; fails the test unless it decodes or is refused as malformed. */
  static DecodeOutcome of(byte[] json, String description) {
    try {
      return new DecodeOutcome(ConversationJson.decode(json), null);
    } catch (MalformedResponseException e) {
      return new DecodeOutcome(null, e);
    } catch (Throwable e) { // Errors too: a StackOverflowError is exactly what must not escape.
      throw new AssertionError(
          description + ": ended as " + e.getClass().getName() + " instead of a conversation"
              + " or MalformedResponseException", e);
    }
  }

  /** The conversation; fails the test if decoding was refused. */
  Conversation decoded(String description) {
    if (failure != null) {
      throw new AssertionError(description + ": expected to decode, was refused: " + failure.getMessage(), failure);
    }
    return conversation;
  }

  /** The failure; fails the test if the input decoded. */
  MalformedResponseException refused(String description) {
    if (failure == null) {
      fail(description + ": expected MalformedResponseException, decoded " + conversation.conversationId());
    }
    return failure;
  }

  /** The failure's JSON path; fails the test if the input decoded or the failure has no path. */
  String refusedAt(String description) {
    return refused(description)
        .jsonPath()
        .orElseThrow(() -> new AssertionError(description + ": refused without a JSON path: " + failure.getMessage(), failure));
  }

  Optional<MalformedResponseException> failure() {
    return Optional.ofNullable(failure);
  }
}
