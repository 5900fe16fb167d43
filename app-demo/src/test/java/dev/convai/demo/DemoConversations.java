package dev.convai.demo;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;
import dev.convai.json.JsonValue;
import java.math.BigDecimal;

/** Conversations with an analysis, the same for the same id, for tests that stub the port. */
final class DemoConversations {

  private DemoConversations() {}

  static Conversation of(ConversationId id) {
    boolean even = id.value().hashCode() % 2 == 0;
    return Conversation.builder()
        .conversationId(id)
        .agentId(AgentId.of("agent_1"))
        .status(ConversationStatus.DONE)
        .metadata(ConversationMetadata.builder().startTimeUnixSecs(1_750_000_000L).callDurationSecs(61).build())
        .analysis(
            Analysis.builder()
                .callSuccessful(even ? Verdict.SUCCESS : Verdict.FAILURE)
                .transcriptSummary("The caller, \"Ann\", asked about a refund; the agent explained, the policy.")
                .callSummaryTitle("Refund question")
                .putEvaluationCriteriaResult(
                    "greeting",
                    CriterionResult.builder().criteriaId("greeting").result(Verdict.SUCCESS).rationale("Greeted by name.").build())
                .putEvaluationCriteriaResult(
                    "resolved",
                    CriterionResult.builder()
                        .criteriaId("resolved")
                        .result(even ? Verdict.SUCCESS : Verdict.FAILURE)
                        .rationale(even ? "Refund issued." : "The caller hung up.")
                        .build())
                .putDataCollectionResult(
                    "amount",
                    DataCollectionResult.builder()
                        .dataCollectionId("amount")
                        .value(JsonValue.of(new BigDecimal("9007199254740993")))
                        .rationale("Stated twice.")
                        .build())
                .putDataCollectionResult(
                    "customer_name",
                    DataCollectionResult.builder().dataCollectionId("customer_name").value(JsonValue.of("Ann")).rationale("Said so.").build())
                .build())
        .build();
  }
}
