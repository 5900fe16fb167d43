package dev.convai.packaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.convai.adapter.fake.FakeConversationAnalysisAdapter;
import dev.convai.adapter.http.HttpConversationAnalysisAdapter;
import dev.convai.demo.DemoMain;
import dev.convai.observe.micrometer.MicrometerCallListener;
import dev.convai.observe.opentelemetry.OpenTelemetryCallListener;
import dev.convai.port.ConversationAnalysisPort;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * On the module path a package may live in one module only; and what ships may not need
 * MapStruct at run time, since MapStruct is not a dependency consumers get. The import is the
 * production rings' own (same packages and options), so ArchUnit reads the classes once.
 */
@AnalyzeClasses(packages = "dev.convai", importOptions = ImportOption.DoNotIncludeTests.class)
class SplitPackagesTest {

  /** MapStruct's annotations are fine (class retention); its runtime factory is not shipped. */
  static final ArchRule MAPSTRUCT_AT_BUILD_TIME_ONLY =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.mapstruct.factory..")
          .because("MapStruct is a provided dependency: instantiate the generated *Impl directly");

  @ArchTest
  static final ArchRule shippedCodeDoesNotNeedMapStructAtRunTime = MAPSTRUCT_AT_BUILD_TIME_ONLY;

  @ArchTest
  static void noPackageIsSpreadOverTwoModules(JavaClasses classes) {
    Map<String, Set<String>> modulesByPackage = new TreeMap<>();
    for (JavaClass type : classes) {
      modulesByPackage.computeIfAbsent(type.getPackageName(), p -> new TreeSet<>()).add(rootOf(type));
    }
    // Each published module's classes are in the import, or the check would pass on nothing.
    for (Class<?> entryPoint :
        List.of(
            ConversationAnalysisPort.class,
            HttpConversationAnalysisAdapter.class,
            FakeConversationAnalysisAdapter.class,
            DemoMain.class,
            MicrometerCallListener.class,
            OpenTelemetryCallListener.class)) {
      assertTrue(modulesByPackage.containsKey(entryPoint.getPackageName()), entryPoint.getName());
    }
    modulesByPackage.forEach(
        (pkg, roots) -> assertEquals(1, roots.size(), pkg + " is split over " + roots));
  }

  /** The class-path root (a jar or a classes directory) a class was imported from. */
  private static String rootOf(JavaClass type) {
    String location = type.getSource().orElseThrow().getUri().toString();
    String suffix = type.getName().replace('.', '/') + ".class";
    assertTrue(location.endsWith(suffix), location);
    return location.substring(0, location.length() - suffix.length());
  }
}
