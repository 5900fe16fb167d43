package dev.convai.conversation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * How the conversation was authorised (public agent, signed URL, header, ...).
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code AuthorizationMethod}.
 */
public final class AuthorizationMethod extends OpenVocabulary {

  private static final Registry<AuthorizationMethod> VALUES = new Registry<>(AuthorizationMethod::new);

  /** {@code invalid}. */
  public static final AuthorizationMethod INVALID = VALUES.known("invalid");

  /** {@code public}. */
  public static final AuthorizationMethod PUBLIC = VALUES.known("public");

  /** {@code authorization_header}. */
  public static final AuthorizationMethod AUTHORIZATION_HEADER = VALUES.known("authorization_header");

  /** {@code signed_url}. */
  public static final AuthorizationMethod SIGNED_URL = VALUES.known("signed_url");

  /** {@code shareable_link}. */
  public static final AuthorizationMethod SHAREABLE_LINK = VALUES.known("shareable_link");

  /** {@code livekit_token}. */
  public static final AuthorizationMethod LIVEKIT_TOKEN = VALUES.known("livekit_token");

  /** {@code livekit_token_website}. */
  public static final AuthorizationMethod LIVEKIT_TOKEN_WEBSITE = VALUES.known("livekit_token_website");

  /** {@code genesys_api_key}. */
  public static final AuthorizationMethod GENESYS_API_KEY = VALUES.known("genesys_api_key");

  /** {@code whatsapp}. */
  public static final AuthorizationMethod WHATSAPP = VALUES.known("whatsapp");

  /** {@code sms}. */
  public static final AuthorizationMethod SMS = VALUES.known("sms");

  private AuthorizationMethod(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static AuthorizationMethod of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<AuthorizationMethod> knownValues() {
    return VALUES.values();
  }
}
