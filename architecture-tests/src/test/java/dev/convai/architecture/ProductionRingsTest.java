package dev.convai.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.convai.adapter.http.ConversationJson;
import dev.convai.conversation.Conversation;
import dev.convai.conversation.ConversationId;
import dev.convai.observe.micrometer.MicrometerCallListener;
import dev.convai.observe.opentelemetry.OpenTelemetryCallListener;
import dev.convai.port.ConversationAnalysisPort;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ring rules on the production code of every module. Test classes are left out of the import,
 * which also keeps this module's deliberately violating fixtures away from these checks. A rule
 * that finds no class to check fails (see {@code archunit.properties}); only the port naming rule
 * is allowed to be empty, and only until an adapter exists.
 */
@AnalyzeClasses(
    packages = Rings.PRODUCTION_ROOT,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ProductionRingsTest {

  private static final Rings RINGS = Rings.of(Rings.PRODUCTION_ROOT);

  /**
   * The public contract names of the adapters (DESIGN, section 2). While neither exists, no class
   * implements the port yet and the naming rule has nothing to check.
   */
  private static final List<String> CONTRACT_ADAPTERS =
      List.of(
          RINGS.root() + ".adapter.http.HttpConversationAnalysisAdapter",
          RINGS.root() + ".adapter.fake.FakeConversationAnalysisAdapter");

  @ArchTest
  static void importHoldsCoreAndNoTestCode(JavaClasses classes) {
    // A wrong root or import option would otherwise let every rule pass on nothing. Contract
    // types of core, adapter-http and the observability modules show their classes are imported.
    for (Class<?> contract :
        List.of(
            ConversationAnalysisPort.class,
            Conversation.class,
            ConversationId.class,
            ConversationJson.class,
            MicrometerCallListener.class,
            OpenTelemetryCallListener.class)) {
      assertTrue(classes.contain(contract), () -> contract + " missing from the production import");
    }
    // The naming rule refers to the port by name; a moved or renamed port must not escape it.
    assertEquals(ConversationAnalysisPort.class.getName(), RINGS.portName());

    List<String> testClasses =
        classes
            .that(
                resideInAPackage(RINGS.root() + ".archfixtures..")
                    .or(resideInAPackage(RINGS.root() + ".architecture..")))
            .stream()
            .map(JavaClass::getName)
            .collect(Collectors.toList());
    assertEquals(List.of(), testClasses, "test classes must not be part of the production import");
  }

  @ArchTest
  static final ArchRule coreDependsOnlyOnJdkAndItself = RINGS.coreDependsOnlyOnJdkAndItself();

  @ArchTest static final ArchRule coreUsesNoFrameworks = RINGS.coreUsesNoFrameworks();

  @ArchTest
  static final ArchRule adaptersDoNotDependOnEachOther = RINGS.adaptersDoNotDependOnEachOther();

  @ArchTest static final ArchRule nothingDependsOnDemo = RINGS.nothingDependsOnDemo();

  @ArchTest
  static final ArchRule httpInternalsStayInHttpAdapter = RINGS.httpInternalsStayInHttpAdapter();

  @ArchTest
  static void portImplementationsAreNamedAdapter(JavaClasses classes) {
    // Empty is tolerated only until the first contract adapter lands; from then on the rule must
    // have at least that adapter to check, so it cannot silently pass on nothing.
    boolean adaptersWritten = CONTRACT_ADAPTERS.stream().anyMatch(classes::contain);
    RINGS.portImplementationsAreNamedAdapter().allowEmptyShould(!adaptersWritten).check(classes);
  }

  @ArchTest
  static final ArchRule coreConceptPackagesAreFreeOfCycles =
      RINGS.coreConceptPackagesAreFreeOfCycles();

  @ArchTest
  static final ArchRule nothingButApplicationsDependsOnObservability =
      RINGS.nothingButApplicationsDependsOnObservability();

  @ArchTest
  static final ArchRule observabilityUsesOnlyTheListenerApi = RINGS.observabilityUsesOnlyTheListenerApi();

  @ArchTest
  static final ArchRule observabilityModulesDoNotDependOnEachOther =
      RINGS.observabilityModulesDoNotDependOnEachOther();
}
