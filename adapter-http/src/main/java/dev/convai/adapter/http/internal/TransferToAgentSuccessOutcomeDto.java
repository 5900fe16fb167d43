package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptSystemToolResultCommonModelOutputResult/TransferToAgentToolResultSuccessModel}. */
final class TransferToAgentSuccessOutcomeDto extends WireObject implements SystemToolOutcomeDto {

  @JsonProperty("result_type") private String resultType;
  @JsonProperty("status") private String status;
  @JsonProperty("from_agent") private String fromAgent;
  @JsonProperty("to_agent") private String toAgent;
  @JsonProperty("to_node") private String toNode;
  @JsonProperty("condition") private String condition;
  @JsonProperty("delay_ms") private Long delayMs;
  @JsonProperty("transfer_message") private String transferMessage;
  @JsonProperty("enable_transferred_agent_first_message") private Boolean enableTransferredAgentFirstMessage;
  @JsonProperty("branch_info") private TransferBranchInfoDto branchInfo;
  @JsonProperty("preserve_client_tts_overrides") private Boolean preserveClientTtsOverrides;

  /** For Jackson, which sets the members it finds. */
  TransferToAgentSuccessOutcomeDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  TransferToAgentSuccessOutcomeDto(
      String resultType,
      String status,
      String fromAgent,
      String toAgent,
      String toNode,
      String condition,
      Long delayMs,
      String transferMessage,
      Boolean enableTransferredAgentFirstMessage,
      TransferBranchInfoDto branchInfo,
      Boolean preserveClientTtsOverrides,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.resultType = resultType;
    this.status = status;
    this.fromAgent = fromAgent;
    this.toAgent = toAgent;
    this.toNode = toNode;
    this.condition = condition;
    this.delayMs = delayMs;
    this.transferMessage = transferMessage;
    this.enableTransferredAgentFirstMessage = enableTransferredAgentFirstMessage;
    this.branchInfo = branchInfo;
    this.preserveClientTtsOverrides = preserveClientTtsOverrides;
  }

  /** {@code result_type}; {@code null} when absent. */
  public String resultType() {
    return resultType;
  }

  /** {@code status}; {@code null} when absent. */
  public String status() {
    return status;
  }

  /** {@code from_agent}; {@code ""} when absent (a required member). */
  public String fromAgent() {
    return fromAgent == null ? "" : fromAgent;
  }

  /** {@code to_agent}; {@code ""} when absent (a required member). */
  public String toAgent() {
    return toAgent == null ? "" : toAgent;
  }

  /** {@code to_node}; {@code null} when absent. */
  public String toNode() {
    return toNode;
  }

  /** {@code condition}; {@code ""} when absent (a required member). */
  public String condition() {
    return condition == null ? "" : condition;
  }

  /** {@code delay_ms}; {@code null} when absent. */
  public Long delayMs() {
    return delayMs;
  }

  /** {@code transfer_message}; {@code null} when absent. */
  public String transferMessage() {
    return transferMessage;
  }

  /** {@code enable_transferred_agent_first_message}; {@code null} when absent. */
  public Boolean enableTransferredAgentFirstMessage() {
    return enableTransferredAgentFirstMessage;
  }

  /** {@code branch_info}; {@code null} when absent. */
  public TransferBranchInfoDto branchInfo() {
    return branchInfo;
  }

  /** {@code preserve_client_tts_overrides}; {@code null} when absent. */
  public Boolean preserveClientTtsOverrides() {
    return preserveClientTtsOverrides;
  }
}
