package dev.bobbin.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the desktop's arrows pointing one way: view → view model → service/repository → store,
 * features free of cycles, and everything below the views free of JavaFX so it runs headless.
 */
class ArchitectureTest {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.bobbin.desktop");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.bobbin.desktop.(*)..").should().beFreeOfCycles().check(APP);
  }

  @Test
  void theStoreKnowsNoFeatureAndNoUi() {
    noClasses()
        .that()
        .resideInAPackage("dev.bobbin.desktop.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "dev.bobbin.desktop.inventory..",
            "dev.bobbin.desktop.designs..",
            "dev.bobbin.desktop.production..",
            "dev.bobbin.desktop.shell..",
            "dev.bobbin.desktop.ui..")
        .check(APP);
  }

  @Test
  void repositoriesServicesAndDataRunWithoutJavaFx() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .or()
        .haveSimpleNameEndingWith("Service")
        .or()
        .resideInAnyPackage("dev.bobbin.desktop.data..", "dev.bobbin.desktop.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .check(APP);
  }

  @Test
  void theSyncEngineRunsHeadless() {
    noClasses()
        .that()
        .resideInAPackage("dev.bobbin.desktop.sync..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .check(APP);
  }

  @Test
  void viewModelsNeverTouchNodes() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "javafx.stage..")
        .check(APP);
  }

  @Test
  void onlyViewsAndTheShellBuildNodes() {
    noClasses()
        .that()
        .haveNameNotMatching(".*View(\\$.*)?")
        .and()
        .resideOutsideOfPackages("dev.bobbin.desktop.shell..", "dev.bobbin.desktop.ui..")
        .and()
        .haveNameNotMatching("dev\\.bobbin\\.desktop\\.(BobbinApp|MainWindowFactory)(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..")
        .check(APP);
  }
}
