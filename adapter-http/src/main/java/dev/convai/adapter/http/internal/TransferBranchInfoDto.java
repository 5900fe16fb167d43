package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Wire form of {@code TransferToAgentToolResultSuccessModelBranchInfo}: the variant is chosen by
 * {@code branch_reason}; anything else
 * falls back to {@link UnknownBranchInfoDto}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "branch_reason",
    visible = true,
    defaultImpl = UnknownBranchInfoDto.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = DefaultBranchInfoDto.class, name = "defaulting_to_main"),
  @JsonSubTypes.Type(value = TrafficSplitBranchInfoDto.class, name = "traffic_split")
})
sealed interface TransferBranchInfoDto permits DefaultBranchInfoDto, TrafficSplitBranchInfoDto, UnknownBranchInfoDto {}
