package dev.convai.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.convai.archfixtures.adapter.fake.CannedPort;
import dev.convai.archfixtures.adapter.fake.DemoAwareFake;
import dev.convai.archfixtures.adapter.fake.HttpAwareFake;
import dev.convai.archfixtures.adapter.fake.ObservedFake;
import dev.convai.archfixtures.adapter.fake.RetryingPort;
import dev.convai.archfixtures.adapter.fake.ScriptedFixtureAdapter;
import dev.convai.archfixtures.adapter.fake.WirePeekingFake;
import dev.convai.archfixtures.adapter.http.FakeAwareHttp;
import dev.convai.archfixtures.adapter.http.HttpFixtureAdapter;
import dev.convai.archfixtures.adapter.http.internal.WireDto;
import dev.convai.archfixtures.analysis.CycleAnalysis;
import dev.convai.archfixtures.analysis.ThirdPartyAnnotationInCore;
import dev.convai.archfixtures.conversation.GeneratedValue;
import dev.convai.archfixtures.conversation.ImmutableGeneratedValue;
import dev.convai.archfixtures.conversation.JacksonInCore;
import dev.convai.archfixtures.conversation.MapStructInCore;
import dev.convai.archfixtures.conversation.VertxInCore;
import dev.convai.archfixtures.demo.DemoCommand;
import dev.convai.archfixtures.demo.DemoMain;
import dev.convai.archfixtures.observe.metrics.AdapterPeekingMetrics;
import dev.convai.archfixtures.observe.metrics.MetricsListener;
import dev.convai.archfixtures.observe.tracing.MetricsAwareTracing;
import dev.convai.archfixtures.port.ConversationAnalysisPort;
import dev.convai.archfixtures.transcript.AdapterAwareTranscript;
import dev.convai.archfixtures.transcript.CycleTranscript;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Generated;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Proves that each ring rule catches what it is meant to catch: the same rule, built for the
 * fixture root, must report exactly the fixture classes written to break it, and must pass once
 * those classes are taken away (so the compliant fixtures beside them, which exercise everything
 * the rule allows, are not reported either).
 */
class RingsProofTest {

  private static final Rings FIXTURE_RINGS = Rings.of("dev.convai.archfixtures");

  /** Fixtures are test classes, so they are imported here and only here. */
  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages(FIXTURE_RINGS.root());

  @Test
  void fixturesPopulateEveryRing() {
    // Each proof below is only as good as the import: a ring without classes would prove nothing.
    for (Class<?> fixture :
        List.of(
            ConversationAnalysisPort.class,
            GeneratedValue.class,
            ImmutableGeneratedValue.class,
            HttpFixtureAdapter.class,
            WireDto.class,
            ScriptedFixtureAdapter.class,
            MetricsListener.class,
            MetricsAwareTracing.class,
            DemoMain.class)) {
      assertTrue(FIXTURES.contain(fixture), () -> fixture + " missing from the fixture import");
    }
    // Rule 6 names the port by a string; it must be the fixture port's actual name.
    assertTrue(FIXTURES.contain(FIXTURE_RINGS.portName()), FIXTURE_RINGS.portName());
  }

  @Test
  void coreDependsOnlyOnJdkAndItselfCatchesFrameworksForeignAnnotationsAndOtherRings() {
    assertReportsExactly(
        FIXTURE_RINGS.coreDependsOnlyOnJdkAndItself(),
        VertxInCore.class,
        JacksonInCore.class,
        MapStructInCore.class,
        ThirdPartyAnnotationInCore.class,
        AdapterAwareTranscript.class);
  }

  @Test
  void coreDependsOnlyOnJdkAndItselfAcceptsImmutablesValueTypesAndTheirGeneratedCode() {
    // The allowance is exercised, not assumed: these dependencies exist in the bytecode.
    assertDependsOn(GeneratedValue.class, Value.Immutable.class);
    assertDependsOn(ImmutableGeneratedValue.class, Generated.class);

    // The value type, its generated classes, the style and the package-info that applies it.
    JavaClasses immutablesCode =
        FIXTURES.that(
            belongToAnyOf(GeneratedValue.class, ImmutableGeneratedValue.class)
                .or(resideInAPackage(FIXTURE_RINGS.root() + ".internal"))
                .or(name(FIXTURE_RINGS.root() + ".package-info")));
    assertTrue(immutablesCode.size() >= 5, () -> "too few classes: " + immutablesCode);

    EvaluationResult result = FIXTURE_RINGS.coreDependsOnlyOnJdkAndItself().evaluate(immutablesCode);
    assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
  }

  @Test
  void coreUsesNoFrameworksCatchesVertxJacksonAndMapStruct() {
    assertReportsExactly(
        FIXTURE_RINGS.coreUsesNoFrameworks(),
        VertxInCore.class,
        JacksonInCore.class,
        MapStructInCore.class);
  }

  @Test
  void adaptersDoNotDependOnEachOtherCatchesBothDirections() {
    assertReportsExactly(
        FIXTURE_RINGS.adaptersDoNotDependOnEachOther(),
        FakeAwareHttp.class,
        HttpAwareFake.class,
        WirePeekingFake.class);
  }

  @Test
  void nothingDependsOnDemoCatchesALibraryClassUsingTheDemo() {
    // DemoMain uses DemoCommand too, and must not be reported: the demo may depend on itself.
    assertReportsExactly(FIXTURE_RINGS.nothingDependsOnDemo(), DemoAwareFake.class);
  }

  @Test
  void httpInternalsStayInHttpAdapterCatchesOtherAdaptersAndTheDemo() {
    // HttpFixtureAdapter uses the wire DTO and mapper too, and must not be reported.
    assertReportsExactly(
        FIXTURE_RINGS.httpInternalsStayInHttpAdapter(), WirePeekingFake.class, DemoCommand.class);
  }

  @Test
  void portImplementationsAreNamedAdapterCatchesDirectAndInheritedImplementations() {
    assertReportsExactly(
        FIXTURE_RINGS.portImplementationsAreNamedAdapter(), CannedPort.class, RetryingPort.class);
  }

  @Test
  void coreConceptPackagesAreFreeOfCyclesCatchesACycleBetweenTwoConcepts() {
    assertReportsExactly(
        FIXTURE_RINGS.coreConceptPackagesAreFreeOfCycles(),
        CycleAnalysis.class,
        CycleTranscript.class);
  }

  @Test
  void nothingButApplicationsDependsOnObservabilityCatchesAnAdapterUsingIt() {
    // ObservedDemo uses the metrics module too, and must not be reported: applications may.
    assertReportsExactly(FIXTURE_RINGS.nothingButApplicationsDependsOnObservability(), ObservedFake.class);
  }

  @Test
  void observabilityUsesOnlyTheListenerApiCatchesAModuleReachingIntoTheAdapter() {
    // MetricsListener implements the listener API and uses core and Micrometer: not reported.
    assertReportsExactly(FIXTURE_RINGS.observabilityUsesOnlyTheListenerApi(), AdapterPeekingMetrics.class);
  }

  @Test
  void observabilityModulesDoNotDependOnEachOtherCatchesTracingUsingMetrics() {
    assertReportsExactly(
        FIXTURE_RINGS.observabilityModulesDoNotDependOnEachOther(), MetricsAwareTracing.class);
  }

  /**
   * The rule reports a violation whose origin is each of {@code offenders}, and holds on the
   * fixtures without them; so the offenders are all it reports.
   */
  private static void assertReportsExactly(ArchRule rule, Class<?>... offenders) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertTrue(result.hasViolation(), () -> "expected violations of: " + rule.getDescription());
    String report = String.join("\n", result.getFailureReport().getDetails());
    for (Class<?> offender : offenders) {
      assertTrue(
          reportsAsOrigin(report, offender),
          () -> "expected a violation by " + offender.getName() + " in:\n" + report);
    }

    JavaClasses withoutOffenders = FIXTURES.that(not(belongToAnyOf(offenders)));
    EvaluationResult rest = rule.evaluate(withoutOffenders);
    assertFalse(
        rest.hasViolation(),
        () -> "only " + names(offenders) + " should be reported, but also:\n" + rest.getFailureReport());
  }

  /**
   * Whether a line of the report starts with a member or class of {@code offender}, as in
   * {@code Method <a.B.m()> calls ...} or {@code Class <a.B> does not ...}: the offender is where
   * the violation is, not merely what it points at.
   */
  private static boolean reportsAsOrigin(String report, Class<?> offender) {
    Pattern origin =
        Pattern.compile("(?m)^[\\s-]*\\w+ <" + Pattern.quote(offender.getName()) + "[.>]");
    return origin.matcher(report).find();
  }

  private static void assertDependsOn(Class<?> origin, Class<?> target) {
    Set<String> targets =
        FIXTURES.get(origin).getDirectDependenciesFromSelf().stream()
            .map(Dependency::getTargetClass)
            .map(JavaClass::getName)
            .collect(Collectors.toSet());
    assertTrue(
        targets.contains(target.getName()),
        () -> origin.getName() + " should depend on " + target.getName() + ", has " + targets);
  }

  private static String names(Class<?>... classes) {
    return Arrays.stream(classes).map(Class::getSimpleName).collect(Collectors.joining(", "));
  }
}
