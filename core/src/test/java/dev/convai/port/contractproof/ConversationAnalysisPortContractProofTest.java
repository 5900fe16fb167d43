package dev.convai.port.contractproof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.convai.analysis.Analysis;
import dev.convai.analysis.AnalysisScope;
import dev.convai.analysis.CriterionResult;
import dev.convai.analysis.Verdict;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.port.AnalysisOptions;
import dev.convai.port.AnalysisTimeoutException;
import dev.convai.port.AuthenticationException;
import dev.convai.port.ConflictException;
import dev.convai.port.ConversationAnalysisException;
import dev.convai.port.ConversationAnalysisPort;
import dev.convai.port.ConversationNotFoundException;
import dev.convai.port.FailureDetails;
import dev.convai.port.FailureKind;
import dev.convai.port.InvalidRequestException;
import dev.convai.port.MalformedResponseException;
import dev.convai.port.PermissionDeniedException;
import dev.convai.port.RateLimitedException;
import dev.convai.port.ServerErrorException;
import dev.convai.port.TransportException;
import dev.convai.port.UnexpectedStatusException;
import dev.convai.port.contract.ContractHarness;
import dev.convai.port.contract.ConversationAnalysisPortContract;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the contract through the JUnit engine against ports defined here: one that keeps the
 * contract, which must pass every test, and ports with one flaw each, which must fail the tests
 * that state the promise they break (and only those count as the proof).
 */
class ConversationAnalysisPortContractProofTest {

  @Test
  void aPortThatKeepsTheContractPassesEveryTest() {
    Events tests = run(KeepsTheContract.class);
    assertEquals(Set.of(), failedMethods(tests), "failed contract tests");
    assertTrue(tests.succeeded().count() >= 30, () -> "only " + tests.succeeded().count() + " tests ran");
  }

  @Test
  void throwingAFailureInsteadOfFailingTheStageIsCaught() {
    assertCaught(ThrowsFailures.class, "eachFailureKindArrivesThroughTheStageAsItsOwnType", "anUnknownIdFailsWithNotFound");
  }

  @Test
  void aFailureOfAnotherTypeIsCaught() {
    assertCaught(UntypedFailures.class, "eachFailureKindArrivesThroughTheStageAsItsOwnType");
  }

  @Test
  void completingWithNullIsCaught() {
    assertCaught(CompletesWithNull.class, "stagesAreNeverNullAndNeverCompleteWithNull", "anUnknownIdFailsWithNotFound");
  }

  @Test
  void anotherIdInTheResultIsCaught() {
    assertCaught(
        AnswersWithAnotherId.class,
        "returnsTheRequestedIdWhateverCharactersItHas",
        "returnsTheScriptedConversationUnderTheRequestedId",
        "aThousandConcurrentCallsAllCompleteEachExactlyOnce");
  }

  @Test
  void aLostAnalysisIsCaught() {
    assertCaught(LosesTheAnalysis.class, "aDoneConversationCarriesItsAnalysis");
  }

  @Test
  void retryingWhenRetriesAreOffIsCaught() {
    assertCaught(
        RetriesRegardless.class,
        "withRetriesOffARetryableFailureIsTriedExactlyOnce",
        "eachFailureKindArrivesThroughTheStageAsItsOwnType");
  }

  @Test
  void misreportedAttemptsAreCaught() {
    assertCaught(MisreportsAttempts.class, "theAttemptsAFailureReportsAreTheRequestsMade");
  }

  @Test
  void duplicateRequestsAreCaught() {
    assertCaught(SendsEveryRequestTwice.class, "aThousandConcurrentCallsAllCompleteEachExactlyOnce");
  }

  @Test
  void aDifferentAnswerEveryTimeIsCaught() {
    assertCaught(AnswersDifferentlyEachTime.class, "theSameIdTwiceWithNothingChangedGivesEqualResults");
  }

  private static void assertCaught(Class<? extends ConversationAnalysisPortContract> contract, String... methods) {
    Set<String> failed = failedMethods(run(contract));
    for (String method : methods) {
      assertTrue(failed.contains(method), () -> method + " should fail for " + contract.getSimpleName() + "; failed: " + failed);
    }
  }

  private static Events run(Class<?> contract) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
  }

  private static Set<String> failedMethods(Events tests) {
    return tests.failed().stream()
        .map(event -> event.getTestDescriptor().getSource())
        .flatMap(Optional::stream)
        .filter(MethodSource.class::isInstance)
        .map(source -> ((MethodSource) source).getMethodName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  // -------------------------------------------------------------- the ports and their contracts

  /** A minimal in-memory port that keeps the contract; the flawed ports change one thing each. */
  static class MapPort implements ConversationAnalysisPort {
    final Map<ConversationId, Conversation> conversations = new ConcurrentHashMap<>();
    final Map<ConversationId, FailureKind> failures = new ConcurrentHashMap<>();
    final Map<ConversationId, AtomicInteger> requests = new ConcurrentHashMap<>();
    final Map<ConversationId, Map<String, Verdict>> evaluations = new ConcurrentHashMap<>();

    @Override
    public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
      try {
        return CompletableFuture.completedFuture(answer(id, options));
      } catch (ConversationAnalysisException failure) {
        return CompletableFuture.failedFuture(failure);
      }
    }

    @Override
    public CompletionStage<Conversation> runEvaluation(ConversationId id, String evaluationId, AnalysisOptions options) {
      ConversationAnalysisPort.requireEvaluationId(evaluationId);
      try {
        return CompletableFuture.completedFuture(evaluated(answer(id, options), evaluationId));
      } catch (ConversationAnalysisException failure) {
        return CompletableFuture.failedFuture(failure);
      }
    }

    @Override
    public CompletionStage<Conversation> runEvaluation(
        ConversationId id, String evaluationId, AnalysisScope scope, AnalysisOptions options) {
      return runEvaluation(id, evaluationId, options);
    }

    /** The scripted verdict in place of the criterion's result; the rest as it was. */
    Conversation evaluated(Conversation conversation, String evaluationId) {
      Verdict verdict = evaluations.getOrDefault(conversation.conversationId(), Map.of()).get(evaluationId);
      if (verdict == null || conversation.analysis().isEmpty()) {
        return conversation;
      }
      Analysis analysis = conversation.analysis().get();
      Map<String, CriterionResult> criteria = new LinkedHashMap<>(analysis.evaluationCriteriaResults());
      criteria.put(evaluationId, CriterionResult.builder().criteriaId(evaluationId).result(verdict).rationale("re-run").build());
      return Conversation.builder()
          .from(conversation)
          .analysis(Analysis.builder().from(analysis).evaluationCriteriaResults(criteria).build())
          .build();
    }

    Conversation answer(ConversationId id, AnalysisOptions options) {
      requests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      FailureKind kind = failures.get(id);
      if (kind != null) {
        throw failure(id, kind, 1);
      }
      Conversation conversation = conversations.get(id);
      if (conversation == null) {
        throw failure(id, FailureKind.NOT_FOUND, 1);
      }
      return conversation;
    }

    static ConversationAnalysisException failure(ConversationId id, FailureKind kind, int attempts) {
      FailureDetails details = FailureDetails.of(id).withAttempts(attempts);
      switch (kind) {
        case NOT_FOUND:
          return new ConversationNotFoundException("not found", details.withStatus(404), null);
        case INVALID_REQUEST:
          return new InvalidRequestException("invalid", details.withStatus(422), List.of(), null);
        case AUTHENTICATION:
          return new AuthenticationException("authentication", details.withStatus(401), null);
        case PERMISSION_DENIED:
          return new PermissionDeniedException("permission", details.withStatus(403), null);
        case CONFLICT:
          return new ConflictException("conflict", details.withStatus(409), null);
        case RATE_LIMITED:
          return new RateLimitedException("rate limited", details.withStatus(429), Optional.empty(), null);
        case SERVER_ERROR:
          return new ServerErrorException("server error", details.withStatus(503), null);
        case UNEXPECTED_STATUS:
          return new UnexpectedStatusException("unexpected", details.withStatus(418), null);
        case TIMEOUT:
          return new AnalysisTimeoutException("timeout", details, Duration.ofSeconds(1), null);
        case TRANSPORT:
          return new TransportException("transport", details, null);
        case MALFORMED_RESPONSE:
          return new MalformedResponseException("malformed", details.withStatus(200), Optional.of("$"), null);
        default:
          throw new IllegalArgumentException(kind.toString());
      }
    }
  }

  /** The contract over a port of this kind. */
  abstract static class MapPortContract extends ConversationAnalysisPortContract {
    abstract MapPort newPort();

    @Override
    protected ContractHarness openHarness() {
      MapPort port = newPort();
      return new ContractHarness() {
        @Override
        public ConversationAnalysisPort port() {
          return port;
        }

        @Override
        public void scriptConversation(Conversation conversation) {
          port.conversations.put(conversation.conversationId(), conversation);
        }

        @Override
        public void scriptFailure(ConversationId id, FailureKind kind) {
          port.failures.put(id, kind);
        }

        @Override
        public void scriptEvaluation(ConversationId id, String evaluationId, Verdict verdict) {
          port.evaluations.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put(evaluationId, verdict);
        }

        @Override
        public ConversationId unknownId() {
          return ConversationId.of("conv_proof_unknown");
        }

        @Override
        public int requestsReceived(ConversationId id) {
          AtomicInteger count = port.requests.get(id);
          return count == null ? 0 : count.get();
        }

        @Override
        public void close() {}
      };
    }
  }

  static class KeepsTheContract extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort();
    }
  }

  static class ThrowsFailures extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort() {
        @Override
        public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
          return CompletableFuture.completedFuture(answer(id, options));
        }
      };
    }
  }

  static class UntypedFailures extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort() {
        @Override
        public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
          return super.runAnalysis(id, options)
              .exceptionallyCompose(e -> CompletableFuture.failedFuture(new IllegalStateException(e.getMessage())));
        }
      };
    }
  }

  static class CompletesWithNull extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort() {
        @Override
        public CompletionStage<Conversation> runAnalysis(ConversationId id, AnalysisOptions options) {
          return super.runAnalysis(id, options).exceptionally(e -> null);
        }
      };
    }
  }

  static class AnswersWithAnotherId extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort() {
        @Override
        Conversation answer(ConversationId id, AnalysisOptions options) {
          Conversation conversation = super.answer(id, options);
          return Conversation.builder().from(conversation).conversationId(ConversationId.of(id.value() + "_other")).build();
        }
      };
    }
  }

  static class LosesTheAnalysis extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort() {
        @Override
        Conversation answer(ConversationId id, AnalysisOptions options) {
          return Conversation.builder().from(super.answer(id, options)).analysis(Optional.empty()).build();
        }
      };
    }
  }

  static class RetriesRegardless extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort() {
        @Override
        Conversation answer(ConversationId id, AnalysisOptions options) {
          try {
            return super.answer(id, options);
          } catch (ConversationAnalysisException first) {
            try {
              return super.answer(id, options);
            } catch (ConversationAnalysisException second) {
              throw failure(id, second.kind(), 2);
            }
          }
        }
      };
    }
  }

  static class MisreportsAttempts extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort() {
        @Override
        Conversation answer(ConversationId id, AnalysisOptions options) {
          try {
            return super.answer(id, options);
          } catch (ConversationAnalysisException failure) {
            throw options.retries() ? failure(id, failure.kind(), 3) : failure;
          }
        }
      };
    }
  }

  static class SendsEveryRequestTwice extends MapPortContract {
    @Override
    MapPort newPort() {
      return new MapPort() {
        @Override
        Conversation answer(ConversationId id, AnalysisOptions options) {
          requests.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
          return super.answer(id, options);
        }
      };
    }
  }

  static class AnswersDifferentlyEachTime extends MapPortContract {
    @Override
    MapPort newPort() {
      AtomicInteger calls = new AtomicInteger();
      return new MapPort() {
        @Override
        Conversation answer(ConversationId id, AnalysisOptions options) {
          return Conversation.builder().from(super.answer(id, options)).agentName("call " + calls.incrementAndGet()).build();
        }
      };
    }
  }
}
