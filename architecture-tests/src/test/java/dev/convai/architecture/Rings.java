package dev.convai.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The ring rules, built from a root package so that the very same rules run against the
 * production code ({@code dev.convai}) and against the deliberately violating fixtures
 * ({@code dev.convai.archfixtures}), which mirror the production sub-packages.
 *
 * <p>Rings below a root {@code R}: the HTTP adapter is {@code R.adapter.http..} with its hidden
 * wire model under {@code R.adapter.http.internal..} and its listener API under {@code
 * R.adapter.http.observe..}, the fake adapter is {@code R.adapter.fake..}, the optional
 * observability modules are {@code R.observe.<module>..}, the demo is {@code R.demo..}, and
 * everything else under {@code R} is core (so concept packages added to core later are covered
 * without touching these rules).
 */
final class Rings {

  /** The root package of the production code. */
  static final String PRODUCTION_ROOT = "dev.convai";

  /**
   * The only non-JDK types core may refer to: Immutables' annotations, which have CLASS retention
   * and so count as dependencies for ArchUnit. Value types carry {@code @Value.Immutable},
   * {@code @Value.Default} and the like, the style carries {@code @Value.Style} (with its nested
   * enum as a member value), and the generated {@code Immutable*} classes carry
   * {@code @org.immutables.value.Generated}. Their other annotation,
   * {@code javax.annotation.processing.Generated}, has SOURCE retention and never reaches the
   * bytecode, so it needs no exception; nor does any {@code javax.annotation} or
   * {@code jakarta.annotation} type, since the JDK-only style emits none. The names below are the
   * whole content of Immutables' annotation artifact, which is all of Immutables core compiles
   * against.
   */
  static final DescribedPredicate<JavaClass> IMMUTABLES_ANNOTATIONS =
      nameMatching(
          "org\\.immutables\\.value\\.Value(\\$.*)?|org\\.immutables\\.value\\.Generated",
          "Immutables' annotation types (org.immutables.value.Value.*, org.immutables.value.Generated)");

  private final String root;
  private final DescribedPredicate<JavaClass> inCore;

  private Rings(String root) {
    this.root = Objects.requireNonNull(root, "root");
    this.inCore =
        resideInAPackage(root + "..")
            .and(not(resideInAnyPackage(root + ".adapter..", observability(), demo())))
            .as(
                "core classes (in %s.. but not in %s.adapter.., %s or %s)",
                root, root, observability(), demo());
  }

  /** The rules for the code below this root package. */
  static Rings of(String root) {
    return new Rings(root);
  }

  String root() {
    return root;
  }

  private String httpAdapter() {
    return root + ".adapter.http..";
  }

  private String httpInternals() {
    return root + ".adapter.http.internal..";
  }

  private String demo() {
    return root + ".demo..";
  }

  private String observability() {
    return root + ".observe..";
  }

  private String listenerApi() {
    return root + ".adapter.http.observe..";
  }

  /** The fully qualified name of the port every adapter implements. */
  String portName() {
    return root + ".port.ConversationAnalysisPort";
  }

  /** Classes of the core ring: below the root, but neither an adapter nor the demo. */
  DescribedPredicate<JavaClass> inCore() {
    return inCore;
  }

  /** Rule 1: core depends on the JDK, on itself and on nothing else but Immutables' annotations. */
  ArchRule coreDependsOnlyOnJdkAndItself() {
    return classes()
        .that(inCore())
        .should()
        .onlyDependOnClassesThat(
            resideInAPackage("java..")
                .or(inCore())
                .or(IMMUTABLES_ANNOTATIONS)
                .as("are JDK classes (java..), core classes or Immutables' annotation types"))
        .because(
            "core has no runtime dependencies: applications embed it without inheriting a"
                + " framework, and an adapter or the demo is never reachable from the domain");
  }

  /** Rule 2: the frameworks of the HTTP adapter stay out of core. */
  ArchRule coreUsesNoFrameworks() {
    return noClasses()
        .that(inCore())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.vertx..", "com.fasterxml.jackson..", "org.mapstruct..")
        .because(
            "Vert.x, Jackson and MapStruct belong to adapter-http; the port speaks JDK types"
                + " (CompletionStage, not Vert.x Future) and the domain is not a wire model");
  }

  /** Rule 3: no adapter depends on another (covers adapters added later under {@code adapter}). */
  ArchRule adaptersDoNotDependOnEachOther() {
    return slices()
        .matching(root + ".adapter.(*)..")
        .namingSlices("adapter '$1'")
        .should()
        .notDependOnEachOther()
        .because(
            "each adapter is a separate artifact that depends on core only, so a consumer of"
                + " the fake never pulls in the HTTP stack and vice versa");
  }

  /** Rule 4: the demo is a leaf; nothing but the demo itself depends on it. */
  ArchRule nothingDependsOnDemo() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(demo())
        .should()
        .dependOnClassesThat()
        .resideInAPackage(demo())
        .because("the demo is an application of the library, not a part of it");
  }

  /** Rule 5: wire DTOs and mappers are used only inside the HTTP adapter. */
  ArchRule httpInternalsStayInHttpAdapter() {
    return noClasses()
        .that()
        .resideOutsideOfPackage(httpAdapter())
        .should()
        .dependOnClassesThat()
        .resideInAPackage(httpInternals())
        .because(
            "the wire model follows the API's JSON and changes with it; everyone else uses the"
                + " domain types and ConversationJson");
  }

  /** Rule 6: port implementations are recognisable as adapters by name. */
  ArchRule portImplementationsAreNamedAdapter() {
    return classes()
        .that()
        .implement(portName())
        .should()
        .haveSimpleNameEndingWith("Adapter")
        .because("implementations of the port are the adapters of the hexagon and are named so");
  }

  /**
   * Rule 7: the concept packages of core (transcript, analysis, usage, port, ...) form no cycle.
   * The {@code conversation} package is left out on purpose: it holds the aggregate, which refers
   * to every concept, and the typed ids that every concept refers to.
   */
  ArchRule coreConceptPackagesAreFreeOfCycles() {
    return slices()
        .assignedFrom(new CoreConcepts())
        .should()
        .beFreeOfCycles()
        .because("concept packages that depend on each other in a circle cannot be understood,"
            + " tested or split apart one at a time");
  }

  /**
   * Rule 8: the observability modules are optional; neither core nor an adapter depends on them
   * (an application, such as the demo, may).
   */
  ArchRule nothingButApplicationsDependsOnObservability() {
    return noClasses()
        .that()
        .resideOutsideOfPackages(observability(), demo())
        .should()
        .dependOnClassesThat()
        .resideInAPackage(observability())
        .because(
            "metrics and tracing are artifacts users add when they want them; the library works"
                + " and builds without them");
  }

  /**
   * Rule 9: an observability module sees the HTTP adapter only through its listener API (and core,
   * and its own framework), never the adapter's classes, internals or another adapter.
   */
  ArchRule observabilityUsesOnlyTheListenerApi() {
    return noClasses()
        .that()
        .resideInAPackage(observability())
        .should()
        .dependOnClassesThat(
            resideInAnyPackage(root + ".adapter..", demo())
                .and(not(resideInAPackage(listenerApi())))
                .as("are adapter classes outside %s, or demo classes", listenerApi()))
        .because(
            "the listener API is the documented extension point; building on anything else would"
                + " break with every change of the adapter's machinery");
  }

  /** Rule 10: observability modules do not depend on each other. */
  ArchRule observabilityModulesDoNotDependOnEachOther() {
    return slices()
        .matching(root + ".observe.(*)..")
        .namingSlices("observability module '$1'")
        .should()
        .notDependOnEachOther()
        .because("each is a separate optional artifact: metrics without tracing, and vice versa");
  }

  /**
   * One slice per first-level package of core; adapter and demo classes belong to none, and
   * neither does the aggregate package.
   */
  private final class CoreConcepts implements SliceAssignment {
    private static final String AGGREGATE = "conversation";

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String prefix = root + ".";
      String packageName = javaClass.getPackageName();
      if (!inCore.test(javaClass) || !packageName.startsWith(prefix)) {
        return SliceIdentifier.ignore();
      }
      String rest = packageName.substring(prefix.length());
      int dot = rest.indexOf('.');
      String concept = dot < 0 ? rest : rest.substring(0, dot);
      if (concept.equals(AGGREGATE)) {
        return SliceIdentifier.ignore();
      }
      return SliceIdentifier.of(prefix + concept);
    }

    @Override
    public String getDescription() {
      return "core concept packages of " + root;
    }
  }

  private static DescribedPredicate<JavaClass> nameMatching(String regex, String description) {
    Pattern pattern = Pattern.compile(regex);
    return describe(description, javaClass -> pattern.matcher(javaClass.getName()).matches());
  }
}
