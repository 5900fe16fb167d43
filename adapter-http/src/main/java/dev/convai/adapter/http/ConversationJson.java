package dev.convai.adapter.http;

import dev.convai.conversation.Conversation;
import dev.convai.port.FailureDetails;
import dev.convai.port.MalformedResponseException;

/** Placeholder until the wire model lands; the signatures below are the ones the adapter uses. */
public final class ConversationJson {

  private ConversationJson() {}

  /**
   * Decodes a response body for the adapter: missing {@code conversation_id} falls back to the
   * requested id carried by {@code details}.
   *
   * @throws MalformedResponseException carrying {@code details} and the JSON path of the problem
   */
  static Conversation decodeResponse(byte[] body, FailureDetails details) {
    throw new UnsupportedOperationException("not yet");
  }
}
