package dev.convai.conversation;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * When the conversation's logs, audio and transcript are or were deleted.
 *
 * <p>Wire schema {@code ConversationDeletionSettings}.
 */
@Value.Immutable
public interface DeletionSettings {

  /** Wire name {@code deletion_time_unix_secs}; empty when absent or {@code null}. */
  OptionalLong deletionTimeUnixSecs();

  /** Wire name {@code deleted_logs_at_time_unix_secs}; empty when absent or {@code null}. */
  OptionalLong deletedLogsAtTimeUnixSecs();

  /** Wire name {@code deleted_audio_at_time_unix_secs}; empty when absent or {@code null}. */
  OptionalLong deletedAudioAtTimeUnixSecs();

  /** Wire name {@code deleted_transcript_at_time_unix_secs}; empty when absent or {@code null}. */
  OptionalLong deletedTranscriptAtTimeUnixSecs();

  /** Wire name {@code delete_transcript_and_pii}; {@code false} when absent. */
  @Value.Default
  default boolean deleteTranscriptAndPii() {
    return false;
  }

  /** Wire name {@code delete_audio}; {@code false} when absent. */
  @Value.Default
  default boolean deleteAudio() {
    return false;
  }

  /** A builder for this type. */
  static ImmutableDeletionSettings.Builder builder() {
    return ImmutableDeletionSettings.builder();
  }
}
