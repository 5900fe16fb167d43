package dev.convai.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.adapter.http.internal.WireAccess;
import dev.convai.conversation.Conversation;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The price of turning a conversation's bytes into the domain, split into its parts, on three
 * payload sizes. {@code decode} is what users call; {@code wireDtos} is Jackson into the wire
 * DTOs alone (the same reader {@code decode} uses); {@code mapToDomain} is the MapStruct half;
 * {@code utf8Check} is the strict UTF-8 pass {@code decode} adds after Jackson; {@code readTree}
 * and {@code tokens} are parse floors that build no typed objects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Fixed heap: the large payload must not measure heap growth, and runs must be comparable.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CodecBenchmark {

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonFactory TOKENS = new JsonFactory();

  @Param({"SMALL", "TYPICAL", "LARGE"})
  public Payloads.Size size;

  private byte[] json;
  private Object dto;
  private Conversation conversation;

  @Setup
  public void setUp() throws IOException {
    json = size.bytes();
    dto = WireAccess.readDto(json);
    conversation = ConversationJson.decode(json);
    // A benchmark of a payload that silently lost its transcript would measure nothing.
    if (conversation.transcript().size() != size.turns()
        || WireAccess.transcriptSize(dto) != size.turns()) {
      throw new IllegalStateException("payload " + size + " did not decode completely");
    }
  }

  @Benchmark
  public Conversation decode() {
    return ConversationJson.decode(json);
  }

  @Benchmark
  public Object wireDtos() throws IOException {
    return WireAccess.readDto(json);
  }

  @Benchmark
  public Conversation mapToDomain() {
    return WireAccess.toDomain(dto);
  }

  @Benchmark
  public int utf8Check() {
    return WireAccess.firstInvalidUtf8(json);
  }

  @Benchmark
  public JsonNode readTree() throws IOException {
    return TREE.readTree(json);
  }

  @Benchmark
  public int tokens() throws IOException {
    int count = 0;
    try (JsonParser parser = TOKENS.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        count++;
      }
    }
    return count;
  }

  @Benchmark
  public byte[] encode() {
    return ConversationJson.encodeToBytes(conversation);
  }
}
