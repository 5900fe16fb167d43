package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.convai.analysis.Analysis;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.json.JsonValue;
import dev.convai.port.FailureDetails;
import dev.convai.port.MalformedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that turns bytes into a {@link Conversation} and back: Jackson straight into the
 * wire DTOs with one preconfigured, private {@link ObjectMapper}, then MapStruct onto the domain.
 * Not API: use {@code ConversationJson}.
 */
public final class WireCodec {

  /** The deepest nesting accepted; deeper input fails as malformed instead of exhausting the stack. */
  public static final int MAX_NESTING_DEPTH = 500;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          // Only annotated members are JSON: a DTO accessor such as isError() is not a property.
          .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.SETTER, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.NONE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          // A null element of a typed array or map fails here, with its JSON path, instead of
          // later in a builder without one. Arrays and maps of "any type" values opt out with
          // @JsonSetter(contentNulls = SET): there a null is a value.
          .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
          .withConfigOverride(Map.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
          .addModule(new JsonValueModule())
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
  }

  // Enough bytes for FailureDetails.MAX_EXCERPT characters and the mark of a longer body: each
  // character takes at most four bytes, a partial one at the cut lies beyond the excerpt.
  private static final int EXCERPT_BYTES = 4 * (FailureDetails.MAX_EXCERPT + 1);

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private static final ObjectReader READER = MAPPER.readerFor(ConversationDto.class);
  private static final ObjectReader ANALYSIS_READER = MAPPER.readerFor(AnalysisDto.class);
  private static final ObjectWriter ANALYSIS_WRITER = MAPPER.writerFor(AnalysisDto.class);
  private static final ObjectReader ENVELOPE_READER = MAPPER.readerFor(WebhookEnvelopeDto.class);
  private static final ObjectWriter JSON_VALUE_WRITER = MAPPER.writerFor(JsonValue.class);
  private static final ObjectWriter WRITER = MAPPER.writerFor(ConversationDto.class);
  // The generated class directly, not Mappers.getMapper: MapStruct stays a compile-time tool.
  private static final WireMapper WIRE_MAPPER = new WireMapperImpl();

  private WireCodec() {}

  private static final String WARM_UP_SAMPLE = "warm-up-conversation.json";

  /**
   * Decodes a conversation shipped in this jar and a page of the history, so that Jackson builds
   * its deserializers and the mapper and domain classes load and initialise before a response
   * needs them. The adapter runs it once per class loader.
   *
   * @throws IllegalStateException if the sample is missing from the jar or does not decode
   */
  public static void warmUp() {
    byte[] sample;
    try (InputStream in = WireCodec.class.getResourceAsStream(WARM_UP_SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException(WARM_UP_SAMPLE + " is missing from the jar");
      }
      sample = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("could not read " + WARM_UP_SAMPLE, e);
    }
    decode(sample, Optional.empty(), FailureDetails.unattributed());
    HistoryCodec.decodePage(
        "{\"conversations\":[],\"has_more\":false,\"next_cursor\":null}".getBytes(StandardCharsets.UTF_8),
        FailureDetails.unattributed());
  }

  /**
   * Decodes a conversation document.
   *
   * @param json the UTF-8 bytes of a conversation object
   * @param fallbackId the id to use when the document has none; when empty, a missing id fails
   * @param details what a failure carries (conversation, status, attempts)
   * @throws MalformedResponseException when the bytes are not a conversation, with the JSON path
   */
  public static Conversation decode(
      byte[] json, Optional<ConversationId> fallbackId, FailureDetails details) {
    ConversationDto dto;
    try {
      dto = READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw malformed(details, json, "not a conversation: " + e.getOriginalMessage(), pathOf(e, json), e);
    } catch (IOException e) {
      throw malformed(details, json, "unreadable body: " + e.getMessage(), Optional.empty(), e);
    }
    requireWellFormedUtf8(json, details);
    return toConversation(dto, fallbackId, details, json);
  }

  /**
   * Decodes a conversation document read from a stream, without holding its bytes: only the
   * first few kilobytes are kept, for a failure's excerpt. The stream is read to its end and
   * left open.
   *
   * @throws MalformedResponseException when the bytes are not a conversation, with the JSON path
   *     where the parser can tell it (ill-formed UTF-8 is reported by its byte offset)
   * @throws IOException when reading the stream fails
   */
  public static Conversation decode(InputStream in, FailureDetails details) throws IOException {
    Utf8CheckingInputStream checked = new Utf8CheckingInputStream(in, EXCERPT_BYTES);
    ConversationDto dto;
    try (JsonParser parser = MAPPER.getFactory().createParser(checked)) {
      dto = READER.readValue(parser);
    } catch (JsonProcessingException e) {
      throw malformed(details, checked.head(), "not a conversation: " + e.getOriginalMessage(), path(e), e);
    }
    // What follows the document is checked as the byte path checks it: to the end.
    checked.transferTo(OutputStream.nullOutputStream());
    if (checked.firstInvalid() >= 0) {
      throw malformed(details, checked.head(), "invalid UTF-8 at byte " + checked.firstInvalid(), Optional.empty(), null);
    }
    return toConversation(dto, Optional.empty(), details, checked.head());
  }

  /** What both decodings do once the DTOs are read: the id fallback and the mapping. */
  private static Conversation toConversation(
      ConversationDto dto, Optional<ConversationId> fallbackId, FailureDetails details, byte[] json) {
    if (dto == null) {
      throw malformed(details, json, "the body is JSON null", Optional.of("$"), null);
    }
    if (dto.conversationId() == null || dto.conversationId().isBlank()) {
      if (fallbackId.isEmpty()) {
        throw malformed(
            details, json, "conversation_id is missing", Optional.of("$.conversation_id"), null);
      }
      dto.fillConversationId(fallbackId.get().value());
    }
    try {
      return WIRE_MAPPER.toDomain(dto);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // Builders refuse what JSON allowed: an invalid id, a null element in an array.
      throw malformed(details, json, "not a conversation: " + e.getMessage(), Optional.empty(), e);
    }
  }

  /**
   * Decodes an analysis object on its own, as the simulate-conversation endpoint returns it.
   *
   * @throws MalformedResponseException when the bytes are not an analysis, with the JSON path
   */
  public static Analysis decodeAnalysis(byte[] json) {
    AnalysisDto dto;
    try {
      dto = ANALYSIS_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw malformed(FailureDetails.unattributed(), json,
          "not an analysis: " + e.getOriginalMessage(), pathOf(e, json), e);
    } catch (IOException e) {
      throw malformed(FailureDetails.unattributed(), json,
          "unreadable body: " + e.getMessage(), Optional.empty(), e);
    }
    requireWellFormedUtf8(json, FailureDetails.unattributed());
    if (dto == null) {
      throw malformed(FailureDetails.unattributed(), json, "the body is JSON null", Optional.of("$"), null);
    }
    try {
      return WIRE_MAPPER.toDomain(dto);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw malformed(FailureDetails.unattributed(), json, "not an analysis: " + e.getMessage(), Optional.empty(), e);
    }
  }

  /** Encodes an analysis in the API's own JSON shape. */
  public static String encodeAnalysis(Analysis analysis) {
    try {
      return ANALYSIS_WRITER.writeValueAsString(WIRE_MAPPER.toWire(analysis));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not encode analysis", e);
    }
  }

  /**
   * Reads the envelope of a webhook delivery: its type, event timestamp and {@code data} object.
   *
   * @throws MalformedResponseException when the bytes are not a webhook envelope
   */
  public static WebhookEnvelope decodeEnvelope(byte[] json) {
    WebhookEnvelopeDto dto;
    try {
      dto = ENVELOPE_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw malformed(FailureDetails.unattributed(), json,
          "not a webhook delivery: " + e.getOriginalMessage(), pathOf(e, json), e);
    } catch (IOException e) {
      throw malformed(FailureDetails.unattributed(), json,
          "unreadable webhook delivery: " + e.getMessage(), Optional.empty(), e);
    }
    requireWellFormedUtf8(json, FailureDetails.unattributed());
    if (dto == null || dto.type() == null) {
      throw malformed(FailureDetails.unattributed(), json, "the delivery has no type",
          Optional.of("$.type"), null);
    }
    JsonValue data = dto.data() == null ? JsonValue.nullValue() : dto.data();
    return new WebhookEnvelope(
        dto.type(), dto.eventTimestamp() == null ? 0L : dto.eventTimestamp(), data);
  }

  /** Decodes the {@code data} of a webhook delivery as a conversation. */
  public static Conversation decodeConversation(JsonValue data) {
    byte[] json;
    try {
      json = JSON_VALUE_WRITER.writeValueAsBytes(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not re-encode a JSON value", e);
    }
    return decode(json, Optional.empty(), FailureDetails.unattributed());
  }

  /**
   * The parts of a webhook delivery.
   *
   * @param type the delivery type, such as {@code post_call_transcription}
   * @param eventTimestamp when the event happened, in epoch seconds ({@code 0} when absent)
   * @param data the {@code data} object as received
   */
  public record WebhookEnvelope(String type, long eventTimestamp, JsonValue data) {}

  /** Encodes a conversation in the API's own JSON shape. */
  public static String encode(Conversation conversation) {
    return new String(encodeToBytes(conversation), StandardCharsets.UTF_8);
  }

  /** Encodes a conversation in the API's own JSON shape, as UTF-8 bytes. */
  public static byte[] encodeToBytes(Conversation conversation) {
    try {
      return WRITER.writeValueAsBytes(WIRE_MAPPER.toWire(conversation));
    } catch (JsonProcessingException e) {
      // Every DTO holds only strings, numbers, lists, maps and JSON values: this cannot happen.
      throw new IllegalStateException("could not encode conversation", e);
    }
  }

  /** The one configured mapper, for the other codecs of this package. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A malformed-body failure, worded and bounded as the conversation decoder's own. */
  static MalformedResponseException malformedBody(
      FailureDetails details, byte[] json, String message, Optional<String> path, Throwable cause) {
    return malformed(details, json, message, path, cause);
  }

  private static MalformedResponseException malformed(
      FailureDetails details,
      byte[] json,
      String message,
      Optional<String> path,
      Throwable cause) {
    String where = path.map(p -> " at " + p).orElse("");
    // Only the start of the body is decoded: the excerpt is bounded, the body may be megabytes.
    FailureDetails withBody =
        details.bodyExcerpt().isPresent()
            ? details
            : details.withBody(
                new String(json, 0, Math.min(json.length, EXCERPT_BYTES), StandardCharsets.UTF_8));
    return new MalformedResponseException(
        "Malformed conversation JSON" + where + ": " + oneLine(message), withBody, path, cause);
  }

  private static String oneLine(String message) {
    String line = message == null ? "" : message.replaceAll("\\s+", " ").trim();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** The JSON path of a Jackson failure, as {@code $.transcript[3].role}. */
  static Optional<String> path(JsonProcessingException e) {
    // A binding failure names the value being bound; with no references that is the root, even
    // when the parser has already stepped inside it (as into a top-level array).
    if (e instanceof JsonMappingException) {
      StringBuilder path = new StringBuilder("$");
      for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
        if (ref.getFieldName() != null) {
          path.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      return Optional.of(path.toString());
    }
    if (e.getProcessor() instanceof JsonParser) {
      return Optional.of(contextPath(((JsonParser) e.getProcessor()).getParsingContext()));
    }
    return Optional.empty();
  }

  /**
   * Refuses what Jackson reads leniently although it is not UTF-8: overlong forms (C0 AF would
   * become '/'), and code points past U+10FFFF (which become lone surrogates).
   */
  private static void requireWellFormedUtf8(byte[] json, FailureDetails details) {
    int invalid = firstInvalidUtf8(json);
    if (invalid >= 0) {
      throw malformed(
          details, json, "invalid UTF-8 at byte " + invalid, Optional.of(pathAtOffset(json, invalid)), null);
    }
  }

  /** The path of a Jackson failure, found by replaying the bytes when Jackson gives none. */
  private static Optional<String> pathOf(JsonProcessingException e, byte[] json) {
    // Nesting too deep is a property of the bytes, and may lie far inside the member being bound
    // (an unknown member read whole): the token pass finds the exact place.
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException) {
        Optional<String> replayed = replayToFailure(json);
        if (replayed.isPresent()) {
          return replayed;
        }
      }
    }
    return path(e).or(() -> replayToFailure(json));
  }

  /**
   * The path where a plain token pass over {@code json} fails, for failures Jackson reports
   * without a location (a nesting limit hit while skipping an unknown member). The same bytes
   * fail at the same token, so the parser's context there is the path.
   */
  private static Optional<String> replayToFailure(byte[] json) {
    try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
      try {
        while (parser.nextToken() != null) {
          // Only the failure is of interest.
        }
      } catch (JsonProcessingException e) {
        return Optional.of(contextPath(parser.getParsingContext()));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The path of the last token that starts at or before {@code offset}. */
  private static String pathAtOffset(byte[] json, long offset) {
    String path = "$";
    try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
      while (parser.nextToken() != null && parser.currentTokenLocation().getByteOffset() <= offset) {
        path = contextPath(parser.getParsingContext());
      }
    } catch (IOException e) {
      // The parser stopped at or before the offset; the last path it reached is the answer.
    }
    return path;
  }

  private static String contextPath(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        segments.push("." + c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        // A negative index means the parser stands on the array's own start: the array is the place.
        segments.push("[" + c.getCurrentIndex() + "]");
      }
    }
    StringBuilder path = new StringBuilder("$");
    segments.forEach(path::append);
    return path.toString();
  }

  /**
   * The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629: no
   * overlong forms, no surrogates, nothing past U+10FFFF), or -1 if every byte does.
   */
  static int firstInvalidUtf8(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      // Eight bytes at a time through ASCII, which is most of any payload: a byte-wise loop
      // costs as much as a third of decoding into the DTOs.
      while (i <= n - Long.BYTES && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (i + length > n) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }
}
