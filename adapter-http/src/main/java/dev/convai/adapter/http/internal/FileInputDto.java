package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptFileInputResponseModel}. */
final class FileInputDto extends WireObject {

  @JsonProperty("file_id") private String fileId;
  @JsonProperty("original_filename") private String originalFilename;
  @JsonProperty("mime_type") private String mimeType;
  @JsonProperty("file_url") private String fileUrl;

  /** For Jackson, which sets the members it finds. */
  FileInputDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  FileInputDto(
      String fileId,
      String originalFilename,
      String mimeType,
      String fileUrl,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.fileId = fileId;
    this.originalFilename = originalFilename;
    this.mimeType = mimeType;
    this.fileUrl = fileUrl;
  }

  /** {@code file_id}; {@code ""} when absent (a required member). */
  public String fileId() {
    return fileId == null ? "" : fileId;
  }

  /** {@code original_filename}; {@code ""} when absent (a required member). */
  public String originalFilename() {
    return originalFilename == null ? "" : originalFilename;
  }

  /** {@code mime_type}; {@code ""} when absent (a required member). */
  public String mimeType() {
    return mimeType == null ? "" : mimeType;
  }

  /** {@code file_url}; {@code ""} when absent (a required member). */
  public String fileUrl() {
    return fileUrl == null ? "" : fileUrl;
  }
}
