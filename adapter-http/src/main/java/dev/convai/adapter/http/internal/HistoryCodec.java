package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.convai.analysis.AnalysisScope;
import dev.convai.history.ConversationPage;
import dev.convai.port.FailureDetails;
import dev.convai.port.MalformedResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The wire forms of the history calls: decodes a page of the conversation listing, encodes the
 * body of a run-evaluation request.
 */
public final class HistoryCodec {

  private static final ObjectReader PAGE_READER = WireCodec.mapper().readerFor(ConversationPageDto.class);
  // The generated class directly, not Mappers.getMapper: MapStruct stays a compile-time tool.
  private static final HistoryMapper TO_DOMAIN = new HistoryMapperImpl();

  private HistoryCodec() {}

  /**
   * Decodes a page of {@code GET /v1/convai/conversations}.
   *
   * @throws MalformedResponseException when the bytes are not such a page, with the JSON path
   */
  public static ConversationPage decodePage(byte[] json, FailureDetails details) {
    ConversationPageDto dto;
    try {
      dto = PAGE_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw WireCodec.malformedBody(details, json, "not a conversation page: " + e.getOriginalMessage(), WireCodec.path(e), e);
    } catch (IOException e) {
      throw WireCodec.malformedBody(details, json, "unreadable body: " + e.getMessage(), Optional.empty(), e);
    }
    if (dto == null) {
      throw WireCodec.malformedBody(details, json, "the body is JSON null", Optional.of("$"), null);
    }
    if (dto.conversations() == null) {
      throw WireCodec.malformedBody(details, json, "conversations is missing", Optional.of("$.conversations"), null);
    }
    try {
      return TO_DOMAIN.toDomain(dto);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // Builders refuse what JSON allowed: a summary without its required id or status.
      throw WireCodec.malformedBody(details, json, "not a conversation page: " + e.getMessage(), Optional.empty(), e);
    }
  }

  /** The body of a run-evaluation request: {@code evaluation_id}, then {@code scope} if given. */
  public static byte[] evaluationRequest(String evaluationId, Optional<AnalysisScope> scope) {
    StringBuilder json = new StringBuilder("{\"evaluation_id\":\"");
    JsonStringEncoder.getInstance().quoteAsString(evaluationId, json);
    json.append('"');
    scope.ifPresent(
        value -> {
          json.append(",\"scope\":\"");
          JsonStringEncoder.getInstance().quoteAsString(value.value(), json);
          json.append('"');
        });
    return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }
}
