package dev.convai.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.convai.adapter.http.internal.HistoryCodec;
import dev.convai.analysis.AnalysisScope;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.ConversationStatus;
import dev.convai.history.ConversationProduct;
import dev.convai.history.ConversationQuery;
import dev.convai.history.DataCollectionFilter;
import dev.convai.history.EvaluationFilter;
import dev.convai.history.SummaryMode;
import dev.convai.initiation.InitiationSource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the history calls complete against the live spec (a copy of it is a test resource): every
 * property of the listing's schemas has a DTO member with its JSON name, every parameter of the
 * listing is sent for some query, and the run-evaluation body has the request schema's members.
 */
class HistoryWireCoverageTest {

  private static final Map<String, String> DTOS =
      Map.of(
          "GetConversationsPageResponseModel", "ConversationPageDto",
          "ConversationSummaryResponseModel", "ConversationSummaryDto",
          "ConversationSentimentAnalysis", "SentimentAnalysisDto");

  @Test
  void everyPropertyOfTheListingsSchemasHasADtoMember() throws Exception {
    JsonNode schemas = spec().path("components").path("schemas");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String> entry : DTOS.entrySet()) {
      Set<String> names = jsonNames(Class.forName("dev.convai.adapter.http.internal." + entry.getValue()));
      Iterator<String> properties = schemas.path(entry.getKey()).path("properties").fieldNames();
      while (properties.hasNext()) {
        String property = properties.next();
        checked++;
        if (!names.contains(property)) {
          missing.add(entry.getKey() + "#" + property);
        }
      }
    }
    assertEquals(29, checked, "3 + 20 + 6 properties in the live spec");
    assertTrue(missing.isEmpty(), "properties without a DTO member: " + missing);
  }

  @Test
  void everyParameterOfTheListingIsSentForSomeQuery() throws IOException {
    Set<String> spec = new TreeSet<>();
    for (JsonNode parameter : spec().path("paths").path("/v1/convai/conversations").path("get").path("parameters")) {
      if (parameter.path("in").asText().equals("query")) {
        spec.add(parameter.path("name").asText());
      }
    }
    Set<String> sent = new TreeSet<>();
    ListParameters.of(everyFilter()).forEach(parameter -> sent.add(parameter.getKey()));

    assertEquals(spec, sent);
  }

  @Test
  void theRunEvaluationBodyHasTheRequestSchemasMembers() throws IOException {
    Set<String> spec = new TreeSet<>();
    spec().path("components").path("schemas").path("RunConversationEvaluationsRequest").path("properties")
        .fieldNames().forEachRemaining(spec::add);
    JsonNode body = new ObjectMapper().readTree(HistoryCodec.evaluationRequest("e", Optional.of(AnalysisScope.AGENT)));
    Set<String> sent = new TreeSet<>();
    body.fieldNames().forEachRemaining(sent::add);

    assertEquals(spec, sent);
  }

  private static ConversationQuery everyFilter() {
    return ConversationQuery.builder()
        .cursor("c")
        .agentId(AgentId.of("a"))
        .callSuccessful(Verdict.SUCCESS)
        .callStartAfter(Instant.EPOCH)
        .callStartBefore(Instant.EPOCH)
        .callDurationMin(Duration.ZERO)
        .callDurationMax(Duration.ZERO)
        .ratingMin(1)
        .ratingMax(5)
        .hasFeedbackComment(true)
        .userId("u")
        .addEvaluationFilter(EvaluationFilter.of("e", Verdict.SUCCESS))
        .addDataCollectionFilter(DataCollectionFilter.exists("d"))
        .addToolName("t")
        .addToolNamesSuccessful("t")
        .addToolNamesErrored("t")
        .addMainLanguage("en")
        .pageSize(1)
        .summaryMode(SummaryMode.EXCLUDE)
        .search("s")
        .initiationSource(InitiationSource.WIDGET)
        .textOnly(true)
        .productType(ConversationProduct.SPEECH_ENGINE)
        .branchId("b")
        .addTopicId("t")
        .addExcludedStatuse(ConversationStatus.FAILED)
        .addTagId("t")
        .workflowNodeEnteredId("n")
        .addTerminationReason("r")
        .build();
  }

  private static JsonNode spec() throws IOException {
    try (InputStream in = HistoryWireCoverageTest.class.getResourceAsStream("/spec/openapi-live.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }

  private static Set<String> jsonNames(Class<?> dto) {
    Set<String> names = new TreeSet<>();
    for (Field field : dto.getDeclaredFields()) {
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      if (property != null) {
        names.add(property.value());
      }
    }
    return names;
  }
}
