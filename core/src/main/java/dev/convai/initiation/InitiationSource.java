package dev.convai.initiation;

import dev.convai.common.OpenVocabulary;
import java.util.Collection;

/**
 * The kind of client or integration that started a conversation.
 *
 * <p>An open vocabulary: a value the server adds later decodes to an unknown member that keeps its
 * text (see {@link OpenVocabulary}). Wire schema {@code ConversationInitiationSource}.
 */
public final class InitiationSource extends OpenVocabulary {

  private static final Registry<InitiationSource> VALUES = new Registry<>(InitiationSource::new);

  /** {@code unknown}. */
  public static final InitiationSource UNKNOWN = VALUES.known("unknown");

  /** {@code android_sdk}. */
  public static final InitiationSource ANDROID_SDK = VALUES.known("android_sdk");

  /** {@code node_js_sdk}. */
  public static final InitiationSource NODE_JS_SDK = VALUES.known("node_js_sdk");

  /** {@code react_native_sdk}. */
  public static final InitiationSource REACT_NATIVE_SDK = VALUES.known("react_native_sdk");

  /** {@code react_sdk}. */
  public static final InitiationSource REACT_SDK = VALUES.known("react_sdk");

  /** {@code js_sdk}. */
  public static final InitiationSource JS_SDK = VALUES.known("js_sdk");

  /** {@code python_sdk}. */
  public static final InitiationSource PYTHON_SDK = VALUES.known("python_sdk");

  /** {@code widget}. */
  public static final InitiationSource WIDGET = VALUES.known("widget");

  /** {@code sip_trunk}. */
  public static final InitiationSource SIP_TRUNK = VALUES.known("sip_trunk");

  /** {@code twilio}. */
  public static final InitiationSource TWILIO = VALUES.known("twilio");

  /** {@code exotel}. */
  public static final InitiationSource EXOTEL = VALUES.known("exotel");

  /** {@code genesys}. */
  public static final InitiationSource GENESYS = VALUES.known("genesys");

  /** {@code swift_sdk}. */
  public static final InitiationSource SWIFT_SDK = VALUES.known("swift_sdk");

  /** {@code whatsapp}. */
  public static final InitiationSource WHATSAPP = VALUES.known("whatsapp");

  /** {@code twilio_sms}. */
  public static final InitiationSource TWILIO_SMS = VALUES.known("twilio_sms");

  /** {@code flutter_sdk}. */
  public static final InitiationSource FLUTTER_SDK = VALUES.known("flutter_sdk");

  /** {@code zendesk_integration}. */
  public static final InitiationSource ZENDESK_INTEGRATION = VALUES.known("zendesk_integration");

  /** {@code slack_integration}. */
  public static final InitiationSource SLACK_INTEGRATION = VALUES.known("slack_integration");

  /** {@code telegram_integration}. */
  public static final InitiationSource TELEGRAM_INTEGRATION = VALUES.known("telegram_integration");

  /** {@code intercom_integration}. */
  public static final InitiationSource INTERCOM_INTEGRATION = VALUES.known("intercom_integration");

  /** {@code freshdesk_integration}. */
  public static final InitiationSource FRESHDESK_INTEGRATION = VALUES.known("freshdesk_integration");

  /** {@code template_preview}. */
  public static final InitiationSource TEMPLATE_PREVIEW = VALUES.known("template_preview");

  /** {@code genesys_bot_connector}. */
  public static final InitiationSource GENESYS_BOT_CONNECTOR = VALUES.known("genesys_bot_connector");

  /** {@code salesforce_integration}. Sent by the live API, absent from the documented spec. */
  public static final InitiationSource SALESFORCE_INTEGRATION =
      VALUES.known("salesforce_integration");

  /** {@code subagent_tool}: started by another agent's subagent tool. Sent by the live API. */
  public static final InitiationSource SUBAGENT_TOOL = VALUES.known("subagent_tool");

  private InitiationSource(String value, boolean known) {
    super(value, known);
  }

  /** The member for this text: a known constant, or an unknown member that keeps the text. */
  public static InitiationSource of(String value) {
    return VALUES.of(value);
  }

  /** The values this version of the library knows, in the API's order. */
  public static Collection<InitiationSource> knownValues() {
    return VALUES.values();
  }
}
