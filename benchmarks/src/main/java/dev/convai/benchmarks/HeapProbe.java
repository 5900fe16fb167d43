package dev.convai.benchmarks;

import dev.convai.adapter.http.ConversationJson;
import dev.convai.adapter.http.internal.WireAccess;
import dev.convai.conversation.Conversation;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The two halves of the smallest-heap search ({@code benchmarks/heap-needed.sh}): {@code write}
 * puts a payload in a file, so that generating it costs the probed JVM nothing; {@code decode}
 * reads the file and decodes it once, into the domain ({@code domain}), into the domain straight
 * from the file ({@code domain-stream}, {@link ConversationJson#decode(java.io.InputStream)}, the
 * bytes never all in memory) or into the wire DTOs alone ({@code dto}), and exits 0 if that fit
 * in the heap, 1 on {@link OutOfMemoryError}.
 *
 * <pre>java -cp benchmarks.jar dev.convai.benchmarks.HeapProbe write HUGE huge.json
 * java -Xmx20m -cp benchmarks.jar dev.convai.benchmarks.HeapProbe decode domain huge.json</pre>
 */
public final class HeapProbe {

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("write")) {
      byte[] bytes = Payloads.Size.valueOf(args[1].toUpperCase(Locale.ROOT)).bytes();
      Files.write(Path.of(args[2]), bytes);
      System.out.printf(Locale.ROOT, "%,d bytes%n", bytes.length);
      return;
    }
    if (args.length != 3 || !args[0].equals("decode")) {
      System.err.println("usage: HeapProbe write SIZE FILE | HeapProbe decode domain|domain-stream|dto FILE");
      System.exit(2);
    }
    if (args[1].equals("domain-stream")) {
      // The bytes are never all in memory: the file is read as the parser goes.
      try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
        System.out.println("decoded " + ConversationJson.decode(in).transcript().size() + " turns");
      } catch (OutOfMemoryError e) {
        System.out.println("out of memory");
        System.exit(1);
      }
      return;
    }
    byte[] bytes = Files.readAllBytes(Path.of(args[2]));
    try {
      int turns;
      if (args[1].equals("domain")) {
        Conversation conversation = ConversationJson.decode(bytes);
        turns = conversation.transcript().size();
      } else {
        turns = WireAccess.transcriptSize(WireAccess.readDto(bytes));
      }
      System.out.println("decoded " + turns + " turns");
    } catch (OutOfMemoryError e) {
      System.out.println("out of memory");
      System.exit(1);
    }
  }
}
