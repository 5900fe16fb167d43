package dev.convai.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The file of {@code --resume FILE}: a JSON lines run that a killed run left behind and a new run
 * completes.
 *
 * <h2>Why a kill at any moment is safe</h2>
 *
 * Each record is appended with its line break in one write to the file, and a record is only
 * written once its conversation is complete. A run killed with {@code SIGKILL} can therefore leave
 * at most one incomplete record, at the very end and without its line break. Opening the file
 * finds the last line break and cuts off whatever follows it (the torn record is analysed again);
 * every complete line is a record whose id is skipped from then on. Records that reached the
 * operating system survive the process; {@link #close()} also forces them to the disk.
 *
 * <p>Ids are claimed as they are taken from the source, so an id repeated in the input, or one
 * already in the file, is skipped: every id ends up in the file exactly once. Ids that failed are
 * not written, so the next resumed run tries them again.
 *
 * <p>Used by the batch's single thread: the methods are not synchronised.
 */
final class ResumeFile implements AutoCloseable {

  private static final JsonFactory JSON = new JsonFactory();

  private final Path path;
  private final FileChannel channel;
  private final Set<ConversationId> claimed;
  private final int recorded;
  private final long tornBytes;
  private long skipped;
  private long written;

  private ResumeFile(Path path, FileChannel channel, Set<ConversationId> recorded, long tornBytes) {
    this.path = path;
    this.channel = channel;
    this.claimed = recorded;
    this.recorded = recorded.size();
    this.tornBytes = tornBytes;
  }

  /**
   * Opens the file, creating it if needed, reads the ids it records and cuts off a torn last line.
   *
   * @throws BadResumeFileException when a complete line is not a conversation (not a run's file)
   */
  static ResumeFile open(Path path) throws IOException {
    FileChannel channel =
        FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      Set<ConversationId> recorded = new HashSet<>();
      long end = readRecorded(path, channel, recorded);
      long tornBytes = channel.size() - end;
      if (tornBytes > 0) {
        channel.truncate(end);
        channel.force(false);
      }
      channel.position(end);
      return new ResumeFile(path, channel, recorded, tornBytes);
    } catch (IOException | RuntimeException failed) {
      channel.close();
      throw failed;
    }
  }

  /** Reads complete lines; returns the offset just after the last line break (0 if none). */
  private static long readRecorded(Path path, FileChannel channel, Set<ConversationId> recorded) throws IOException {
    InputStream in = Channels.newInputStream(channel.position(0));
    byte[] buffer = new byte[64 * 1024];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long offset = 0;
    long endOfLastLine = 0;
    long lineNumber = 0;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      int start = 0;
      for (int i = 0; i < read; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, start, i - start);
          lineNumber++;
          idOf(line.toByteArray(), path, lineNumber).ifPresent(recorded::add);
          line.reset();
          start = i + 1;
          endOfLastLine = offset + i + 1;
        }
      }
      line.write(buffer, start, read - start);
      offset += read;
    }
    return endOfLastLine;
  }

  /** The {@code conversation_id} of a record line; empty for a blank line. */
  private static Optional<ConversationId> idOf(byte[] line, Path path, long lineNumber) {
    if (new String(line, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return Optional.empty();
    }
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notARecord(path, lineNumber, "not a JSON object");
      }
      String id = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("conversation_id") && value == JsonToken.VALUE_STRING) {
          id = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw notARecord(path, lineNumber, "text after the JSON object");
      }
      if (id == null) {
        throw notARecord(path, lineNumber, "no conversation_id");
      }
      return Optional.of(ConversationId.of(id));
    } catch (IOException | IllegalArgumentException malformed) {
      if (malformed instanceof BadResumeFileException bad) {
        throw bad;
      }
      throw notARecord(path, lineNumber, malformed.getMessage().lines().findFirst().orElse("malformed"));
    }
  }

  private static BadResumeFileException notARecord(Path path, long lineNumber, String why) {
    return new BadResumeFileException(
        path + ", line " + lineNumber + ": not a conversation record (" + why
            + "); --resume continues a file written by --format jsonl or --resume");
  }

  /**
   * Whether this id is to be skipped: it is in the file already, or was taken earlier in this run.
   * Otherwise claims it, so a later occurrence is skipped.
   */
  boolean skip(ConversationId id) {
    if (claimed.add(id)) {
      return false;
    }
    skipped++;
    return true;
  }

  /** Appends the conversation as one line, in one write. */
  void append(Conversation conversation) {
    byte[] json = ConversationJson.encodeToBytes(conversation);
    for (byte b : json) {
      if (b == '\n' || b == '\r') {
        throw new IllegalStateException("ConversationJson.encode wrote a line break into a JSON lines record");
      }
    }
    ByteBuffer record = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
    try {
      while (record.hasRemaining()) {
        channel.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to " + path + " failed", e);
    }
    written++;
  }

  /** A record writer that appends to this file; standard output is left alone. */
  RecordWriter recordWriter(java.io.PrintWriter out) {
    return new RecordWriter(out) {
      @Override
      void writeRecord(Conversation conversation) {
        append(conversation);
      }
    };
  }

  /** How many records the file held when opened. */
  int recorded() {
    return recorded;
  }

  /** How many ids were skipped so far. */
  long skipped() {
    return skipped;
  }

  /** How many records this run appended. */
  long written() {
    return written;
  }

  /** The line for the report: what was skipped, written and repaired. */
  String summary() {
    return "Resume "
        + path
        + ": "
        + skipped
        + (skipped == 1 ? " id" : " ids")
        + " skipped (already recorded), "
        + written
        + " written"
        + (tornBytes > 0 ? "; a torn last line of " + tornBytes + " bytes from an interrupted run was removed" : "");
  }

  /** Forces the records to the disk and closes the file. */
  @Override
  public void close() throws IOException {
    try {
      channel.force(false);
    } finally {
      channel.close();
    }
  }

  /** A resume file with a complete line that is not a record: a usage error. */
  static final class BadResumeFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadResumeFileException(String message) {
      super(message);
    }
  }
}
