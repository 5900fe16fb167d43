package dev.convai.adapter.http;

import dev.convai.adapter.http.internal.WireCodec;
import dev.convai.analysis.Analysis;
import dev.convai.conversation.Conversation;
import dev.convai.port.FailureDetails;
import dev.convai.port.MalformedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes conversations in the API's own JSON: the body of a run-analysis or
 * get-conversation response, or the {@code data} object of a post-call webhook.
 *
 * <h2>Decoding is tolerant</h2>
 *
 * Members no schema names are kept, in arrival order, in the {@code unknownMembers()} of the
 * object they arrive in (see {@link dev.convai.json.Extensible}); unknown enumeration values and
 * union variants are kept with their raw data; {@code null} where an array is expected reads as
 * empty; the older shape of {@code conversation_turn_metrics} (metrics as direct members) is read
 * into the current one. A member the specification requires but the payload lacks takes a
 * fallback instead of failing: {@code ""} for text and enumerations, {@code 0} for numbers, {@code
 * false} for booleans, an empty object for objects; {@code has_audio}, {@code has_user_audio} and
 * {@code has_response_audio} stay empty (webhooks did not carry them). Only a missing {@code
 * conversation_id} fails.
 *
 * <h2>Round trip</h2>
 *
 * {@code decode(encode(c))} equals {@code c}. {@code encode(decode(json))} equals {@code json},
 * unknown members included, up to this normalisation: absent, {@code null} and the
 * specification's default are the same; an empty array or object is the same as an absent one;
 * key order is free; {@code number} members compare as doubles; the older turn-metrics shape is
 * written in the current one; a missing required member is written with its fallback. Integers,
 * "any type" values and unknown members are exact.
 *
 * <p>All methods are thread-safe. Bytes are read as UTF-8 (a byte-order mark is skipped) whatever
 * the platform's charset.
 */
public final class ConversationJson {

  private ConversationJson() {}

  /**
   * Decodes a conversation from JSON text.
   *
   * @throws MalformedResponseException if the text is not a conversation; {@link
   *     MalformedResponseException#jsonPath()} points at the problem
   */
  public static Conversation decode(String json) {
    Objects.requireNonNull(json, "json");
    return decode(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes a conversation from UTF-8 JSON bytes.
   *
   * @throws MalformedResponseException if the bytes are not a conversation; {@link
   *     MalformedResponseException#jsonPath()} points at the problem
   */
  public static Conversation decode(byte[] json) {
    Objects.requireNonNull(json, "json");
    return WireCodec.decode(json, Optional.empty(), FailureDetails.unattributed());
  }

  /**
   * Decodes a conversation from a stream of UTF-8 JSON (a file, an export, a request body)
   * without holding its bytes: a large conversation then needs about its own size less heap
   * than {@link #decode(byte[])} of the bytes read first. The stream is read to its end and not
   * closed.
   *
   * @throws MalformedResponseException if the bytes are not a conversation; {@link
   *     MalformedResponseException#jsonPath()} points at the problem where the parser can tell
   *     it (ill-formed UTF-8 is reported by its byte offset in the message)
   * @throws IOException if reading the stream fails
   */
  public static Conversation decode(InputStream json) throws IOException {
    Objects.requireNonNull(json, "json");
    return WireCodec.decode(json, FailureDetails.unattributed());
  }

  /** Encodes a conversation as the API would send it, with snake_case member names. */
  public static String encode(Conversation conversation) {
    return WireCodec.encode(Objects.requireNonNull(conversation, "conversation"));
  }

  /** Encodes a conversation as UTF-8 JSON bytes; see {@link #encode(Conversation)}. */
  public static byte[] encodeToBytes(Conversation conversation) {
    return WireCodec.encodeToBytes(Objects.requireNonNull(conversation, "conversation"));
  }

  /**
   * Decodes an analysis object on its own (the {@code analysis} member of a conversation, or of a
   * simulate-conversation response), with the same tolerance as {@link #decode(byte[])}.
   *
   * @throws MalformedResponseException if the text is not an analysis
   */
  public static Analysis decodeAnalysis(String json) {
    Objects.requireNonNull(json, "json");
    return WireCodec.decodeAnalysis(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Encodes an analysis as the API would send it. */
  public static String encodeAnalysis(Analysis analysis) {
    return WireCodec.encodeAnalysis(Objects.requireNonNull(analysis, "analysis"));
  }

  /**
   * Decodes a response body for the adapter: a missing {@code conversation_id} falls back to the
   * requested id, and failures carry the call's details.
   *
   * @throws MalformedResponseException carrying {@code details} and the JSON path of the problem
   */
  static Conversation decodeResponse(byte[] body, FailureDetails details) {
    return WireCodec.decode(body, details.conversationId(), details);
  }
}
