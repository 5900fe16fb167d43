package dev.convai.transcript;

import org.immutables.value.Value;

/**
 * Details of a client tool call.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptToolCallClientDetails}, a variant of {@code
 * ConversationHistoryTranscriptToolCallCommonModelOutputToolDetails}.
 */
@Value.Immutable
public non-sealed interface ClientToolDetails extends ToolDetails {

  /** Parameters. Wire name {@code parameters}. */
  String parameters();

  @Override
  default ToolDetails.Kind kind() {
    return ToolDetails.Kind.CLIENT;
  }

  @Override
  default <R> R accept(ToolDetails.Visitor<R> visitor) {
    return visitor.visitClientToolDetails(this);
  }

  /** A builder for this type. */
  static ImmutableClientToolDetails.Builder builder() {
    return ImmutableClientToolDetails.builder();
  }
}
