package dev.convai.channel;

import dev.convai.json.Extensible;
import java.util.Optional;

/**
 * The telephony side of a phone conversation. One variant per provider; a provider this library
 * does not know arrives as {@link UnknownPhoneCall} with all its data.
 *
 * <p>Java 17 has no pattern {@code switch}: use {@link #kind()} or {@link #accept(Visitor)}.
 * Wire schema {@code ConversationHistoryMetadataCommonModelPhoneCall}, discriminated by {@code
 * type}.
 */
public sealed interface PhoneCall extends Extensible
    permits ExotelPhoneCall, SipTrunkingPhoneCall, TwilioPhoneCall, UnknownPhoneCall {

  /** The variants, each with the {@code type} value that selects it. */
  enum Kind {
    /** {@code exotel}: see {@link ExotelPhoneCall}. */
    EXOTEL("exotel"),
    /** {@code sip_trunking}: see {@link SipTrunkingPhoneCall}. */
    SIP_TRUNKING("sip_trunking"),
    /** {@code twilio}: see {@link TwilioPhoneCall}. */
    TWILIO("twilio"),
    /** A kind this library does not know; see {@link UnknownPhoneCall}. */
    UNKNOWN(null);

    private final String wireValue;

    Kind(String wireValue) {
      this.wireValue = wireValue;
    }

    /** The {@code type} value of this kind; empty for the catch-all kind. */
    public Optional<String> wireValue() {
      return Optional.ofNullable(wireValue);
    }
  }

  /**
   * Visits the variants.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** Visits a {@link ExotelPhoneCall}. */
    R visitExotelPhoneCall(ExotelPhoneCall value);

    /** Visits a {@link SipTrunkingPhoneCall}. */
    R visitSipTrunkingPhoneCall(SipTrunkingPhoneCall value);

    /** Visits a {@link TwilioPhoneCall}. */
    R visitTwilioPhoneCall(TwilioPhoneCall value);

    /** Visits a {@link UnknownPhoneCall}. */
    R visitUnknownPhoneCall(UnknownPhoneCall value);
  }

  /** Which variant this is. */
  Kind kind();

  /** Calls the visitor method of this variant. */
  <R> R accept(Visitor<R> visitor);
}
