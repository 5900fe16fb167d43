package dev.convai.transcript;

import dev.convai.json.Extensible;
import org.immutables.value.Value;

/**
 * A file the user sent in a turn.
 *
 * <p>Wire schema {@code ConversationHistoryTranscriptFileInputResponseModel}.
 */
@Value.Immutable
public interface FileInput extends Extensible {

  /** File id. Wire name {@code file_id}. */
  String fileId();

  /** Original filename. Wire name {@code original_filename}. */
  String originalFilename();

  /** Mime type. Wire name {@code mime_type}. */
  String mimeType();

  /** File URL. Wire name {@code file_url}. */
  String fileUrl();

  /** A builder for this type. */
  static ImmutableFileInput.Builder builder() {
    return ImmutableFileInput.builder();
  }
}
