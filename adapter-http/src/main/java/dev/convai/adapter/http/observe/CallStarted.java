package dev.convai.adapter.http.observe;

import dev.convai.conversation.ConversationId;
import java.util.Objects;
import java.util.Optional;

/**
 * A call has started: what it is for and where it goes.
 *
 * @param operation which endpoint
 * @param serverAddress the host of the base URL, such as {@code api.elevenlabs.io}
 * @param serverPort the port of the base URL
 * @param scheme {@code https} or {@code http}
 * @param region the configured {@link dev.convai.adapter.http.Region}'s name in lower case (such
 *     as {@code eu_residency}), or {@code custom} for a base URL given directly
 * @param conversationId the conversation the call is for; absent for a list call. High
 *     cardinality: do not use it as a metric tag
 * @param maxAttempts the most requests this call may make (1 when retries are off)
 */
public record CallStarted(
    Operation operation,
    String serverAddress,
    int serverPort,
    String scheme,
    String region,
    Optional<ConversationId> conversationId,
    int maxAttempts) {

  public CallStarted {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(serverAddress, "serverAddress");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(conversationId, "conversationId");
  }
}
