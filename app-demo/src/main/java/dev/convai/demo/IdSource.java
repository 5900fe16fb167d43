package dev.convai.demo;

import dev.convai.conversation.ConversationId;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The ids to analyse: those on the command line, then those of the ids file, read lazily one line
 * at a time so that a file of millions of ids is never held in memory.
 *
 * <p>File format: one id per line, UTF-8 (a leading byte order mark is skipped); surrounding
 * blanks are ignored, as are empty lines and lines starting with {@code #}. A line that is not
 * valid UTF-8 or not a valid id is a usage error naming the line. A regular file is checked in full
 * by {@link #validate} before the first call, so a bad last line costs no call; standard input
 * (and pipes) can only be checked as they stream.
 */
final class IdSource {

  /** {@code --ids-file -}: read the ids from standard input. */
  static final String STDIN = "-";

  /** Far beyond any id; stops a file without newlines from filling the memory. */
  static final int MAX_LINE_BYTES = 64 * 1024;

  private IdSource() {}

  /**
   * What is wrong with {@code --ids-file} before anything is read: absent, a directory, or
   * unreadable. Empty when it can be opened (or is {@code -}).
   */
  static Optional<String> problem(String idsFile) {
    if (idsFile.equals(STDIN)) {
      return Optional.empty();
    }
    Path path = Path.of(idsFile);
    if (Files.isDirectory(path)) {
      return Optional.of("the ids file " + idsFile + " is a directory: give a file of ids, one per line");
    }
    if (!Files.isReadable(path)) {
      return Optional.of("cannot read the ids file " + idsFile);
    }
    return Optional.empty();
  }

  /** Whether the ids file can be read twice, so {@link #validate} may check it before the work. */
  static boolean isRegularFile(Optional<String> idsFile) {
    return idsFile.isPresent() && !idsFile.get().equals(STDIN) && Files.isRegularFile(Path.of(idsFile.get()));
  }

  /**
   * Reads a regular ids file once, in a streaming pass, and returns how many ids it holds.
   *
   * @throws InvalidIdException naming the first line that is not valid UTF-8 or not a valid id
   */
  static long validate(Path file) throws IOException {
    long count = 0;
    try (InputStream in = Files.newInputStream(file)) {
      LineIds ids = new LineIds(in, file.toString());
      while (ids.hasNext()) {
        ids.next();
        count++;
      }
    }
    return count;
  }

  /**
   * The ids as a lazy stream; closing it closes the file. An invalid line surfaces while the
   * stream is consumed, as an {@link InvalidIdException} naming the line.
   */
  static Stream<ConversationId> open(List<ConversationId> arguments, Optional<String> idsFile, InputStream stdin)
      throws IOException {
    if (idsFile.isEmpty()) {
      return arguments.stream();
    }
    String name = idsFile.get();
    boolean fromStdin = name.equals(STDIN);
    InputStream in = fromStdin ? stdin : Files.newInputStream(Path.of(name));
    LineIds lines = new LineIds(in, label(idsFile));
    Stream<ConversationId> fromFile =
        StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false)
            .onClose(lines::close);
    return Stream.concat(arguments.stream(), fromFile);
  }

  /** How messages name the ids file: its name, or "standard input". */
  static String label(Optional<String> idsFile) {
    return idsFile.map(name -> name.equals(STDIN) ? "standard input" : name).orElse("the command line");
  }

  private static boolean isId(String line) {
    String trimmed = line.strip();
    return !trimmed.isEmpty() && !trimmed.startsWith("#");
  }

  /**
   * The ids of a stream's lines, parsed one at a time. Lines are split on bytes and each is decoded
   * on its own, so a malformed byte is reported on its own line (a decoding reader reads ahead and
   * fails on whichever line happens to be buffered).
   */
  private static final class LineIds implements Iterator<ConversationId> {
    private final InputStream in;
    private final String label;
    private final CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private long lineNumber;
    private boolean ended;
    private ConversationId next;

    LineIds(InputStream in, String label) {
      this.in = new BufferedInputStream(in);
      this.label = label;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        String text = readLine();
        if (text == null) {
          return false;
        }
        if (isId(text)) {
          try {
            next = ConversationId.of(text.strip());
          } catch (IllegalArgumentException invalid) {
            throw new InvalidIdException(where() + invalid.getMessage(), invalid);
          }
        }
      }
      return true;
    }

    /** The next line without its terminator, or {@code null} at the end. */
    private String readLine() {
      if (ended) {
        return null;
      }
      int length = 0;
      try {
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (length == MAX_LINE_BYTES) {
            lineNumber++;
            throw new InvalidIdException(where() + "longer than " + MAX_LINE_BYTES + " bytes, not an id", null);
          }
          if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, line.length * 2));
          }
          line[length++] = (byte) b;
        }
        if (b == -1) {
          ended = true;
          if (length == 0) {
            return null;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Reading ids from " + label + " failed", e);
      }
      lineNumber++;
      int start = 0;
      if (lineNumber == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
        start = 3; // a byte order mark, as some Windows editors write
      }
      if (length > start && line[length - 1] == '\r') {
        length--;
      }
      try {
        return utf8.decode(ByteBuffer.wrap(line, start, length - start)).toString();
      } catch (CharacterCodingException malformed) {
        throw new InvalidIdException(where() + "not valid UTF-8 (ids files are read as UTF-8)", malformed);
      }
    }

    private String where() {
      return label + ", line " + lineNumber + ": ";
    }

    @Override
    public ConversationId next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ConversationId id = next;
      next = null;
      return id;
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Closing " + label + " failed", e);
      }
    }
  }

  /** A line of the ids file that is not a valid conversation id: a usage error. */
  static final class InvalidIdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InvalidIdException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
