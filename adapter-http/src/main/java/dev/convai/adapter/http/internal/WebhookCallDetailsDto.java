package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.convai.json.JsonValue;
import java.util.Map;

/** Wire form of {@code ConversationHistoryTranscriptToolCallWebhookDetails}. */
final class WebhookCallDetailsDto extends WireObject {

  @JsonProperty("method") private String method;
  @JsonProperty("url") private String url;
  @JsonProperty("headers") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, String> headers;
  @JsonProperty("path_params") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, String> pathParams;
  @JsonProperty("query_params") @JsonInclude(JsonInclude.Include.NON_EMPTY) private Map<String, String> queryParams;
  @JsonProperty("body") private String body;
  @JsonProperty("type") private String type;

  /** For Jackson, which sets the members it finds. */
  WebhookCallDetailsDto() {
    super(null);
  }

  /** Every member, {@code null} where absent; for the mapping from the domain. */
  @Default
  WebhookCallDetailsDto(
      String method,
      String url,
      Map<String, String> headers,
      Map<String, String> pathParams,
      Map<String, String> queryParams,
      String body,
      String type,
      Map<String, JsonValue> unknownMembers) {
    super(unknownMembers);
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.pathParams = pathParams;
    this.queryParams = queryParams;
    this.body = body;
    this.type = type;
  }

  /** {@code method}; {@code ""} when absent (a required member). */
  public String method() {
    return method == null ? "" : method;
  }

  /** {@code url}; {@code ""} when absent (a required member). */
  public String url() {
    return url == null ? "" : url;
  }

  /** {@code headers}; {@code null} when absent. */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@code path_params}; {@code null} when absent. */
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /** {@code query_params}; {@code null} when absent. */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /** {@code body}; {@code null} when absent. */
  public String body() {
    return body;
  }

  /** {@code type}; {@code null} when absent. */
  public String type() {
    return type;
  }
}
