package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationDeletionSettings}. */
record DeletionSettingsDto(
    @JsonProperty("deletion_time_unix_secs") Long deletionTimeUnixSecs,
    @JsonProperty("deleted_logs_at_time_unix_secs") Long deletedLogsAtTimeUnixSecs,
    @JsonProperty("deleted_audio_at_time_unix_secs") Long deletedAudioAtTimeUnixSecs,
    @JsonProperty("deleted_transcript_at_time_unix_secs") Long deletedTranscriptAtTimeUnixSecs,
    @JsonProperty("delete_transcript_and_pii") Boolean deleteTranscriptAndPii,
    @JsonProperty("delete_audio") Boolean deleteAudio) {

  /** An instance with every member absent (and required ones at their fallbacks). */
  static DeletionSettingsDto empty() {
    return new DeletionSettingsDto(null, null, null, null, null, null);
  }
}
