package dev.convai.port.contract;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.DataCollectionResult;
import dev.convai.analysis.DataCollectionSchema;
import dev.convai.analysis.SchemaValueType;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.AgentId;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;
import dev.convai.json.JsonValue;
import dev.convai.transcript.OtherToolResult;
import dev.convai.transcript.OtherToolResultType;
import dev.convai.transcript.Role;
import dev.convai.transcript.ToolCall;
import dev.convai.transcript.ToolType;
import dev.convai.transcript.TranscriptEntry;
import java.math.BigDecimal;

/**
 * The conversations the contract scripts. Public so that a harness can check, on its own, that
 * what it does to a conversation on the way (encoding it for a server, say) keeps it equal.
 *
 * <p>The done conversation exercises what a port must carry through unchanged: a transcript with
 * a tool call and its result, criteria of each verdict, data-collection values of each JSON type
 * with their schemas, summary, title and metadata.
 */
public final class ContractConversations {

  /** The agent of the contract's conversations; a backend should have no settings for it. */
  public static final AgentId AGENT = AgentId.of("agent_contract");

  private ContractConversations() {}

  /** A finished conversation with its analysis. */
  public static Conversation done(ConversationId id) {
    return Conversation.builder()
        .conversationId(id)
        .agentId(AGENT)
        .agentName("Contract agent")
        .status(ConversationStatus.DONE)
        .metadata(
            ConversationMetadata.builder()
                .startTimeUnixSecs(1_767_225_600L)
                .callDurationSecs(42)
                .cost(420)
                .terminationReason("end_call tool was called.")
                .mainLanguage("en")
                .build())
        .hasAudio(true)
        .hasUserAudio(true)
        .hasResponseAudio(true)
        .addTranscript(
            TranscriptEntry.builder().role(Role.AGENT).message("Hello, how can I help?").timeInCallSecs(0).build(),
            TranscriptEntry.builder().role(Role.USER).message("Where is order 4711?").timeInCallSecs(3).build(),
            TranscriptEntry.builder()
                .role(Role.AGENT)
                .message("Let me check.")
                .timeInCallSecs(5)
                .addToolCall(
                    ToolCall.builder()
                        .type(ToolType.WEBHOOK)
                        .requestId("req_contract")
                        .toolName("lookup_order")
                        .paramsAsJson("{\"order\":4711}")
                        .toolHasBeenCalled(true)
                        .build())
                .build(),
            TranscriptEntry.builder()
                .role(Role.AGENT)
                .message("It ships tomorrow.")
                .timeInCallSecs(8)
                .addToolResult(
                    OtherToolResult.builder()
                        .type(OtherToolResultType.WEBHOOK)
                        .requestId("req_contract")
                        .toolName("lookup_order")
                        .resultValue("{\"ships\":\"tomorrow\"}")
                        .isError(false)
                        .toolHasBeenCalled(true)
                        .toolLatencySecs(0.25)
                        .build())
                .build())
        .analysis(
            Analysis.builder()
                .putEvaluationCriteriaResult("greeting", criterion("greeting", Verdict.SUCCESS))
                .putEvaluationCriteriaResult("upsell", criterion("upsell", Verdict.FAILURE))
                .putEvaluationCriteriaResult("tone", criterion("tone", Verdict.UNKNOWN))
                .putDataCollectionResult("order", value("order", SchemaValueType.INTEGER, JsonValue.of(4711L)))
                .putDataCollectionResult("topic", value("topic", SchemaValueType.STRING, JsonValue.of("shipping")))
                .putDataCollectionResult(
                    "satisfaction", value("satisfaction", SchemaValueType.NUMBER, JsonValue.of(new BigDecimal("4.5"))))
                .putDataCollectionResult("callback", value("callback", SchemaValueType.BOOLEAN, JsonValue.of(false)))
                .callSuccessful(Verdict.FAILURE)
                .transcriptSummary("The user asked about order 4711; it ships tomorrow.")
                .callSummaryTitle("Order status")
                .build())
        .build();
  }

  private static CriterionResult criterion(String id, Verdict verdict) {
    return CriterionResult.builder().criteriaId(id).result(verdict).rationale("Contract rationale for " + id).build();
  }

  private static DataCollectionResult value(String id, SchemaValueType type, JsonValue value) {
    return DataCollectionResult.builder()
        .dataCollectionId(id)
        .value(value)
        .jsonSchema(DataCollectionSchema.builder().type(type).description("Contract item " + id).build())
        .rationale("Contract rationale for " + id)
        .build();
  }
}
