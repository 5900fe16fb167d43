package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationDeletionSettings}. */
final class DeletionSettingsDto extends WireObject {

  @JsonProperty("deletion_time_unix_secs") private Long deletionTimeUnixSecs;
  @JsonProperty("deleted_logs_at_time_unix_secs") private Long deletedLogsAtTimeUnixSecs;
  @JsonProperty("deleted_audio_at_time_unix_secs") private Long deletedAudioAtTimeUnixSecs;
  @JsonProperty("deleted_transcript_at_time_unix_secs") private Long deletedTranscriptAtTimeUnixSecs;
  @JsonProperty("delete_transcript_and_pii") private Boolean deleteTranscriptAndPii;
  @JsonProperty("delete_audio") private Boolean deleteAudio;

  /** For Jackson, which sets the members it finds. */
  DeletionSettingsDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  DeletionSettingsDto(
      Long deletionTimeUnixSecs,
      Long deletedLogsAtTimeUnixSecs,
      Long deletedAudioAtTimeUnixSecs,
      Long deletedTranscriptAtTimeUnixSecs,
      Boolean deleteTranscriptAndPii,
      Boolean deleteAudio,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.deletionTimeUnixSecs = deletionTimeUnixSecs;
    this.deletedLogsAtTimeUnixSecs = deletedLogsAtTimeUnixSecs;
    this.deletedAudioAtTimeUnixSecs = deletedAudioAtTimeUnixSecs;
    this.deletedTranscriptAtTimeUnixSecs = deletedTranscriptAtTimeUnixSecs;
    this.deleteTranscriptAndPii = deleteTranscriptAndPii;
    this.deleteAudio = deleteAudio;
  }

  /** {@code deletion_time_unix_secs}; {@code null} when absent. */
  public Long deletionTimeUnixSecs() {
    return deletionTimeUnixSecs;
  }

  /** {@code deleted_logs_at_time_unix_secs}; {@code null} when absent. */
  public Long deletedLogsAtTimeUnixSecs() {
    return deletedLogsAtTimeUnixSecs;
  }

  /** {@code deleted_audio_at_time_unix_secs}; {@code null} when absent. */
  public Long deletedAudioAtTimeUnixSecs() {
    return deletedAudioAtTimeUnixSecs;
  }

  /** {@code deleted_transcript_at_time_unix_secs}; {@code null} when absent. */
  public Long deletedTranscriptAtTimeUnixSecs() {
    return deletedTranscriptAtTimeUnixSecs;
  }

  /** {@code delete_transcript_and_pii}; {@code null} when absent. */
  public Boolean deleteTranscriptAndPii() {
    return deleteTranscriptAndPii;
  }

  /** {@code delete_audio}; {@code null} when absent. */
  public Boolean deleteAudio() {
    return deleteAudio;
  }
}
