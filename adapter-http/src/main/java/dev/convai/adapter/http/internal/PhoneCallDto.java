package dev.convai.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Wire form of {@code ConversationHistoryMetadataCommonModelPhoneCall}: the variant is chosen by
 * {@code type}; anything else
 * falls back to {@link UnknownPhoneCallDto}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownPhoneCallDto.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ExotelPhoneCallDto.class, name = "exotel"),
  @JsonSubTypes.Type(value = SipTrunkingPhoneCallDto.class, name = "sip_trunking"),
  @JsonSubTypes.Type(value = TwilioPhoneCallDto.class, name = "twilio")
})
sealed interface PhoneCallDto permits ExotelPhoneCallDto, SipTrunkingPhoneCallDto, TwilioPhoneCallDto, UnknownPhoneCallDto {}
