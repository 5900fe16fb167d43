package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptToolCallWebhookDetails}. */
record WebhookCallDetailsDto(
    @JsonProperty("method") String method,
    @JsonProperty("url") String url,
    @JsonProperty("headers") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> headers,
    @JsonProperty("path_params") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> pathParams,
    @JsonProperty("query_params") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> queryParams,
    @JsonProperty("body") String body) {

  WebhookCallDetailsDto {
    method = method == null ? "" : method;
    url = url == null ? "" : url;
    headers = headers == null ? Map.of() : headers;
    pathParams = pathParams == null ? Map.of() : pathParams;
    queryParams = queryParams == null ? Map.of() : queryParams;
  }

  /** An instance with every member absent (and required ones at their fallbacks). */
  static WebhookCallDetailsDto empty() {
    return new WebhookCallDetailsDto(null, null, null, null, null, null);
  }
}
