package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Wire form of {@code WorkflowToolResponseModelOutputStepsItems}: the variant is chosen by {@code
 * type}; anything else
 * falls back to {@link UnknownWorkflowStepDto}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownWorkflowStepDto.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = EdgeStepDto.class, name = "edge"),
  @JsonSubTypes.Type(value = MaxIterationsExceededStepDto.class, name = "max_iterations_exceeded"),
  @JsonSubTypes.Type(value = NestedToolsStepDto.class, name = "nested_tools")
})
sealed interface WorkflowStepDto permits EdgeStepDto, MaxIterationsExceededStepDto, NestedToolsStepDto, UnknownWorkflowStepDto {}
