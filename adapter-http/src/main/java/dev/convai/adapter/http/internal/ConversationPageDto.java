package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Wire form of {@code GetConversationsPageResponseModel}; decoded only (the listing is never sent). */
final class ConversationPageDto extends WireObject {

  @JsonProperty("conversations") private List<ConversationSummaryDto> conversations;
  @JsonProperty("next_cursor") private String nextCursor;
  @JsonProperty("has_more") private Boolean hasMore;

  /** For Jackson, which sets the members it finds. */
  ConversationPageDto() {
    super(null);
  }

  /** {@code conversations}; {@code null} when absent. */
  public List<ConversationSummaryDto> conversations() {
    return conversations;
  }

  /** {@code next_cursor}; {@code null} when absent. */
  public String nextCursor() {
    return nextCursor;
  }

  /** {@code has_more}; {@code null} when absent. */
  public Boolean hasMore() {
    return hasMore;
  }
}
