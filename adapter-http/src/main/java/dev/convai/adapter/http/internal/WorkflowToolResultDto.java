package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptWorkflowToolsResultCommonModel-Output}. */
final class WorkflowToolResultDto extends ToolResultCommonDto implements ToolResultDto {

  @JsonProperty("dynamic_variable_updates") @JsonInclude(JsonInclude.Include.NON_EMPTY) private List<DynamicVariableUpdateDto> dynamicVariableUpdates;
  @JsonProperty("result") private WorkflowOutcomeDto result;

  /** For Jackson, which sets the members it finds. */
  WorkflowToolResultDto() {}

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  WorkflowToolResultDto(
      String type,
      String requestId,
      String toolName,
      String resultValue,
      Boolean isError,
      Boolean isBlocked,
      Boolean toolHasBeenCalled,
      Double toolLatencySecs,
      String errorType,
      String rawErrorMessage,
      List<DynamicVariableUpdateDto> dynamicVariableUpdates,
      WorkflowOutcomeDto result,
      Map<String, JsonValue> unknownMembers) {
    super(
        type, requestId, toolName, resultValue, isError, isBlocked, toolHasBeenCalled, toolLatencySecs,
        errorType, rawErrorMessage, unknownMembers);
    this.dynamicVariableUpdates = dynamicVariableUpdates;
    this.result = result;
  }

  /** {@code dynamic_variable_updates}; {@code null} when absent. */
  public List<DynamicVariableUpdateDto> dynamicVariableUpdates() {
    return dynamicVariableUpdates;
  }

  /** {@code result}; {@code null} when absent. */
  public WorkflowOutcomeDto result() {
    return result;
  }
}
