package dev.convai.adapter.http.observe;

/** Which endpoint of the API a call is for; a low-cardinality name for metrics and spans. */
public enum Operation {
  /** {@code POST /v1/convai/conversations/{conversation_id}/analysis/run}. */
  RUN_ANALYSIS("run_analysis", "POST", "/v1/convai/conversations/{conversation_id}/analysis/run"),
  /** {@code POST /v1/convai/conversations/{conversation_id}/analysis/evaluations/run}. */
  RUN_EVALUATION(
      "run_evaluation", "POST", "/v1/convai/conversations/{conversation_id}/analysis/evaluations/run"),
  /** {@code GET /v1/convai/conversations/{conversation_id}}. */
  GET_CONVERSATION("get_conversation", "GET", "/v1/convai/conversations/{conversation_id}"),
  /** {@code GET /v1/convai/conversations}. */
  LIST_CONVERSATIONS("list_conversations", "GET", "/v1/convai/conversations");

  private final String wireName;
  private final String method;
  private final String pathTemplate;

  Operation(String wireName, String method, String pathTemplate) {
    this.wireName = wireName;
    this.method = method;
    this.pathTemplate = pathTemplate;
  }

  /** A stable snake_case name, such as {@code run_analysis}: the tag value metrics use. */
  public String wireName() {
    return wireName;
  }

  /** The HTTP method, such as {@code POST}. */
  public String method() {
    return method;
  }

  /**
   * The path template relative to the base URL, with the id as {@code {conversation_id}}: the
   * {@code http.route}-like value that never varies with the conversation.
   */
  public String pathTemplate() {
    return pathTemplate;
  }
}
