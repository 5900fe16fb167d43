package dev.convai.adapter.http.internal;

import dev.convai.analysis.Verdict;
import dev.convai.channel.TelephonyDirection;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationStatus;
import dev.convai.history.ConversationPage;
import dev.convai.history.ConversationSummary;
import dev.convai.history.SentimentAnalysis;
import dev.convai.history.SentimentLabel;
import dev.convai.initiation.InitiationSource;
import dev.convai.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mapstruct.Mapper;
import org.mapstruct.NullValueCheckStrategy;
import org.mapstruct.ReportingPolicy;

/** Maps the conversation listing's wire DTOs to the domain; every member has its target. */
@Mapper(
    nullValueCheckStrategy = NullValueCheckStrategy.ALWAYS,
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    unmappedSourcePolicy = ReportingPolicy.ERROR,
    typeConversionPolicy = ReportingPolicy.ERROR)
interface HistoryMapper {

  ConversationPage toDomain(ConversationPageDto dto);

  ConversationSummary toDomain(ConversationSummaryDto dto);

  SentimentAnalysis toDomain(SentimentAnalysisDto dto);

  default Optional<SentimentAnalysis> optionalSentimentAnalysis(SentimentAnalysisDto dto) {
    return dto == null ? Optional.empty() : Optional.of(toDomain(dto));
  }

  default Map<String, JsonValue> unknownMembers(Map<String, JsonValue> members) {
    return members == null ? Map.of() : new LinkedHashMap<>(members);
  }

  default AgentId agentId(String value) {
    return value == null ? null : AgentId.of(value);
  }

  default ConversationId conversationId(String value) {
    return value == null ? null : ConversationId.of(value);
  }

  default ConversationStatus conversationStatus(String value) {
    return value == null ? null : ConversationStatus.of(value);
  }

  default Verdict verdict(String value) {
    return value == null ? null : Verdict.of(value);
  }

  default SentimentLabel sentimentLabel(String value) {
    return value == null ? null : SentimentLabel.of(value);
  }

  default Optional<InitiationSource> optionalInitiationSource(String value) {
    return value == null ? Optional.empty() : Optional.of(InitiationSource.of(value));
  }

  default Optional<TelephonyDirection> optionalTelephonyDirection(String value) {
    return value == null ? Optional.empty() : Optional.of(TelephonyDirection.of(value));
  }

  default Optional<String> optionalString(String value) {
    return Optional.ofNullable(value);
  }

  default OptionalDouble optionalDouble(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
