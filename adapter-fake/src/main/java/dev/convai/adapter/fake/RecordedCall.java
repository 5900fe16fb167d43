package dev.convai.adapter.fake;

import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import java.util.Objects;

/**
 * One call the fake received, as {@link FakeConversationAnalysisAdapter#calls()} lists them.
 *
 * @param id the conversation asked for
 * @param options the options of the call
 */
public record RecordedCall(ConversationId id, AnalysisOptions options) {
  /** A recorded call. */
  public RecordedCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(options, "options");
  }
}
