package dev.bobbin.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "dev.bobbin.server",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices().matching("dev.bobbin.server.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule featuresDoNotReachBackIntoTheWiring =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.bobbin.server")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.bobbin.server");

  @ArchTest
  static final ArchRule serverNeverUsesJavaFx =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
