package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Wire form of {@code ConversationHistoryTranscriptFileInputResponseModel}. */
record FileInputDto(
    @JsonProperty("file_id") String fileId,
    @JsonProperty("original_filename") String originalFilename,
    @JsonProperty("mime_type") String mimeType,
    @JsonProperty("file_url") String fileUrl) {

  FileInputDto {
    fileId = fileId == null ? "" : fileId;
    originalFilename = originalFilename == null ? "" : originalFilename;
    mimeType = mimeType == null ? "" : mimeType;
    fileUrl = fileUrl == null ? "" : fileUrl;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static FileInputDto empty() {
    return new FileInputDto(null, null, null, null);
  }
}
