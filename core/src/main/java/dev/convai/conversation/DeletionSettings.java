package dev.convai.conversation;

import dev.convai.json.Extensible;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * When the conversation's logs, audio and transcript are or were deleted.
 *
 * <p>Wire schema {@code ConversationDeletionSettings}.
 */
@Value.Immutable
public interface DeletionSettings extends Extensible {

  /**
   * Deletion time, in seconds since the Unix epoch, as sent. Wire name {@code
   * deletion_time_unix_secs}; empty when absent or {@code null}.
   */
  OptionalLong deletionTimeUnixSecs();

  /**
   * Deleted logs at time, in seconds since the Unix epoch, as sent. Wire name {@code
   * deleted_logs_at_time_unix_secs}; empty when absent or {@code null}.
   */
  OptionalLong deletedLogsAtTimeUnixSecs();

  /**
   * Deleted audio at time, in seconds since the Unix epoch, as sent. Wire name {@code
   * deleted_audio_at_time_unix_secs}; empty when absent or {@code null}.
   */
  OptionalLong deletedAudioAtTimeUnixSecs();

  /**
   * Deleted transcript at time, in seconds since the Unix epoch, as sent. Wire name {@code
   * deleted_transcript_at_time_unix_secs}; empty when absent or {@code null}.
   */
  OptionalLong deletedTranscriptAtTimeUnixSecs();

  /**
   * Delete transcript and PII. Wire name {@code delete_transcript_and_pii}; {@code false} when
   * absent.
   */
  @Value.Default
  default boolean deleteTranscriptAndPii() {
    return false;
  }

  /** Delete audio. Wire name {@code delete_audio}; {@code false} when absent. */
  @Value.Default
  default boolean deleteAudio() {
    return false;
  }

  /** A builder for this type. */
  static ImmutableDeletionSettings.Builder builder() {
    return ImmutableDeletionSettings.builder();
  }
}
