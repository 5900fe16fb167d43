package dev.convai.adapter.fake;

import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.conversation.ConversationMetadata;
import dev.convai.conversation.ConversationStatus;
import dev.convai.initiation.ConfigOverride;
import dev.convai.initiation.InitiationClientData;
import dev.convai.initiation.InitiationSource;
import dev.convai.initiation.TtsModel;
import dev.convai.initiation.TtsOverride;
import dev.convai.transcript.OtherToolResult;
import dev.convai.transcript.OtherToolResultType;
import dev.convai.transcript.Reasoning;
import dev.convai.transcript.Role;
import dev.convai.transcript.SourceMedium;
import dev.convai.transcript.ToolCall;
import dev.convai.transcript.ToolType;
import dev.convai.transcript.TranscriptEntry;
import dev.convai.usage.Charging;
import dev.convai.usage.PlatformCategoryUsage;
import dev.convai.usage.PlatformUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation the fake holds for an id nobody scripted: a short support call between the
 * {@linkplain FakeConversationAnalysisAdapter#GENERATED_AGENT generated agent} and a user, done,
 * without analysis (running the analysis adds it).
 *
 * <p>Everything is drawn from {@link DeterministicRandom#seededBy DeterministicRandom.seededBy("conversation", id)}
 * in a fixed order, from fixed tables, with integer arithmetic only: no clock, no locale, no
 * floating point, so the same id gives an equal conversation (and the same JSON) on every JVM.
 * Times count from {@link #EPOCH_BASE}, 2026-01-01T00:00:00Z, and fall within that year. The
 * members of the live API are there too: charging with the platform part and its breakdown, the
 * fiat cost, the TTS model, the reasoning of the turn that calls a tool, backchannel flags.
 */
final class ConversationGenerator {

  /** 2026-01-01T00:00:00Z in epoch seconds: generated calls start within a year of it. */
  static final long EPOCH_BASE = 1_767_225_600L;

  private static final String AGENT_NAME = "Support agent";

  /** One kind of support call. {@code {name}} and {@code {number}} are filled in per conversation. */
  private static final class Scenario {
    final String request;
    final String askDetails;
    final String tool;
    final String toolParameters;
    final String toolResult;
    final String answer;

    Scenario(String request, String askDetails, String tool, String toolParameters, String toolResult, String answer) {
      this.request = request;
      this.askDetails = askDetails;
      this.tool = tool;
      this.toolParameters = toolParameters;
      this.toolResult = toolResult;
      this.answer = answer;
    }
  }

  private static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario(
              "Hi, I'd like to know where my order is.",
              "Of course. Could you tell me your name and the order number?",
              "lookup_order",
              "{\"order_number\":{number}}",
              "{\"status\":\"shipped\",\"eta_days\":2}",
              "Thanks, {name}. Order {number} has shipped and should arrive in two days."),
          new Scenario(
              "Hello, I was charged twice for my subscription.",
              "I'm sorry about that. May I have your name and account number?",
              "lookup_invoices",
              "{\"account_number\":{number}}",
              "{\"duplicate_charge\":true,\"amount_cents\":1299}",
              "I can see the duplicate charge on account {number}, {name}. I've refunded it; it takes three to five days."),
          new Scenario(
              "I can't log in to my account any more.",
              "Let's fix that. What is your name and your customer number?",
              "send_reset_link",
              "{\"customer_number\":{number}}",
              "{\"sent\":true}",
              "I've sent a reset link to the email on file for customer {number}, {name}."),
          new Scenario(
              "I need to move my appointment to next week.",
              "Sure. Could I have your name and the booking number?",
              "reschedule_booking",
              "{\"booking_number\":{number},\"week_offset\":1}",
              "{\"rescheduled\":true,\"slot\":\"Tuesday 10:00\"}",
              "Done, {name}: booking {number} is now on Tuesday at ten."),
          new Scenario(
              "Do you deliver to my area? I'm thinking of ordering.",
              "Happy to check. What's your name and postcode?",
              "check_delivery_area",
              "{\"postcode\":{number}}",
              "{\"deliverable\":true}",
              "Good news, {name}: we deliver to {number}, usually within a day."));

  private static final List<String> NAMES =
      List.of("Maria", "Jonas", "Aiko", "Samir", "Grace", "Mateo", "Ingrid", "Kwame", "Lena", "Ravi");

  private static final List<String> CLOSINGS_RESOLVED =
      List.of("That's great, thank you!", "Perfect, that's all I needed.", "Thanks a lot, bye!");

  private static final List<String> CLOSINGS_UNRESOLVED =
      List.of(
          "That doesn't really help. Can someone call me back?",
          "Hmm, I'm not sure that's right. Could a person call me?");

  private static final List<InitiationSource> SOURCES =
      List.of(InitiationSource.WIDGET, InitiationSource.TWILIO, InitiationSource.REACT_SDK, InitiationSource.JS_SDK);

  private static final List<String> TIMEZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC");

  private static final List<TtsModel> TTS_MODELS =
      List.of(TtsModel.ELEVEN_FLASH_V2_5, TtsModel.ELEVEN_TURBO_V2_5, TtsModel.ELEVEN_V3_CONVERSATIONAL);

  private ConversationGenerator() {}

  static Conversation generate(ConversationId id) {
    DeterministicRandom random = DeterministicRandom.seededBy("conversation", id.value());
    Scenario scenario = random.pick(SCENARIOS);
    String name = random.pick(NAMES);
    String number = Integer.toString(random.between(10_000, 99_999));
    boolean usesTool = random.chance(60);
    boolean resolved = random.chance(75);

    List<TranscriptEntry> transcript = new ArrayList<>();
    long time = 0;
    transcript.add(agent(time, "Hello, this is the support line. How can I help you today?"));
    time += random.between(2, 5);
    transcript.add(user(time, scenario.request));
    time += random.between(2, 4);
    transcript.add(agent(time, scenario.askDetails));
    time += random.between(3, 7);
    transcript.add(user(time, "Sure, it's " + name + ", and the number is " + number + "."));
    time += random.between(1, 3);
    if (usesTool) {
      String requestId = "req_" + random.hex8();
      transcript.add(
          TranscriptEntry.builder()
              .from(agent(time, "One moment while I look that up."))
              .reasoned(true)
              .addReasoning(
                  Reasoning.builder()
                      .summary("The user gave a number; " + scenario.tool + " answers the request.")
                      .providerRedact(false)
                      .build())
              .addToolCall(
                  ToolCall.builder()
                      .type(ToolType.WEBHOOK)
                      .requestId(requestId)
                      .toolName(scenario.tool)
                      .paramsAsJson(scenario.toolParameters.replace("{number}", number))
                      .toolHasBeenCalled(true)
                      .build())
              .build());
      time += random.between(1, 3);
      // Eighths of a second: exact in binary, so every JDK prints them the same way.
      double latency = random.between(2, 20) / 8.0;
      transcript.add(
          TranscriptEntry.builder()
              .from(agent(time, fill(scenario.answer, name, number)))
              .addToolResult(
                  OtherToolResult.builder()
                      .type(OtherToolResultType.WEBHOOK)
                      .requestId(requestId)
                      .toolName(scenario.tool)
                      .resultValue(scenario.toolResult)
                      .isError(false)
                      .toolHasBeenCalled(true)
                      .toolLatencySecs(latency)
                      .build())
              .build());
    } else {
      transcript.add(agent(time, fill(scenario.answer, name, number)));
    }
    time += random.between(3, 8);
    transcript.add(user(time, random.pick(resolved ? CLOSINGS_RESOLVED : CLOSINGS_UNRESOLVED)));
    time += random.between(2, 4);
    transcript.add(
        agent(
            time,
            resolved
                ? "You're welcome, " + name + ". Have a nice day!"
                : "I understand, " + name + ". I've asked a colleague to call you back today."));
    long duration = time + random.between(2, 6);

    long start = EPOCH_BASE + random.nextInt(365 * 24 * 3600);
    long acceptedAt = start + random.between(0, 3);
    long cost = duration * 10 + random.nextInt(50);
    InitiationSource source = random.pick(SOURCES);
    String timezone = random.pick(TIMEZONES);
    String userId = "user_" + random.hex8();
    // What the live API adds, drawn after everything above so those values stay as they were.
    // Prices are whole 1024ths of a dollar: exact in binary, so every JDK prints them alike.
    int llmPrice = random.between(1, 256);
    int audioPrice = random.between(1, 128);
    int telephonyPrice = random.between(1, 128);
    long llmCharge = random.between(10, 500);
    long platformCharge = duration * 10;
    TtsModel ttsModel = random.pick(TTS_MODELS);
    ConversationMetadata metadata =
        ConversationMetadata.builder()
            .startTimeUnixSecs(start)
            .acceptedTimeUnixSecs(acceptedAt)
            .callDurationSecs(duration)
            .cost(cost)
            .costFiat((llmPrice + audioPrice + telephonyPrice) / 1024.0)
            .charging(
                Charging.builder()
                    .llmCharge(llmCharge)
                    .llmPrice(llmPrice / 1024.0)
                    .callCharge(cost)
                    .platformCharge(platformCharge)
                    .platformPrice((audioPrice + telephonyPrice) / 1024.0)
                    .platformUsage(
                        PlatformUsage.builder()
                            .putCategoryUsage(
                                "audio", platformCategory(platformCharge - duration, audioPrice, duration))
                            .putCategoryUsage(
                                "telephony", platformCategory(duration, telephonyPrice, duration))
                            .build())
                    .build())
            .terminationReason(resolved ? "end_call tool was called." : "Client disconnected: 1000")
            .mainLanguage("en")
            .conversationInitiationSource(source)
            .timezone(timezone)
            .build();

    return Conversation.builder()
        .conversationId(id)
        .agentId(FakeConversationAnalysisAdapter.GENERATED_AGENT)
        .agentName(AGENT_NAME)
        .status(ConversationStatus.DONE)
        .userId(userId)
        .metadata(metadata)
        .hasAudio(true)
        .hasUserAudio(true)
        .hasResponseAudio(true)
        .hasAuxiliaryAudio(false)
        .conversationInitiationClientData(
            InitiationClientData.builder()
                .conversationConfigOverride(
                    ConfigOverride.builder().tts(TtsOverride.builder().modelId(ttsModel).build()).build())
                .build())
        .transcript(transcript)
        .build();
  }

  private static PlatformCategoryUsage platformCategory(long credits, int price, long seconds) {
    return PlatformCategoryUsage.builder().credits(credits).price(price / 1024.0).quantity(seconds).build();
  }

  private static String fill(String template, String name, String number) {
    return template.replace("{name}", name).replace("{number}", number);
  }

  private static TranscriptEntry agent(long time, String message) {
    return TranscriptEntry.builder().role(Role.AGENT).message(message).timeInCallSecs(time).build();
  }

  private static TranscriptEntry user(long time, String message) {
    return TranscriptEntry.builder()
        .role(Role.USER)
        .message(message)
        .timeInCallSecs(time)
        .sourceMedium(SourceMedium.AUDIO)
        .ignoredAsBackchannel(false)
        .build();
  }
}
