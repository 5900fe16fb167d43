package dev.convai.adapter.http.webhook;

/**
 * A webhook delivery that must not be trusted: the signature header is missing or malformed, the
 * signature does not match the body, or the timestamp is outside the tolerance. Answer such a
 * request with 401 and do not process it. The message never contains the secret.
 */
public final class WebhookVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  WebhookVerificationException(String message) {
    super(message);
  }
}
