package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.List;
import java.util.Map;

/** Wire form of {@code GetConversationsPageResponseModel}. */
record ConversationPageDto(
    @JsonProperty("conversations") List<ConversationSummaryDto> conversations,
    @JsonProperty("next_cursor") String nextCursor,
    @JsonProperty("has_more") Boolean hasMore,
    @JsonAnySetter Map<String, JsonValue> unknownMembers) {}
