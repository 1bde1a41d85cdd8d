package dev.bobbin.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared model runs on both sides: it may know nothing of UI, persistence or HTTP. */
class ArchitectureTest {
  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.bobbin.model");

  @Test
  void sharedModelIsFreeOfUiPersistenceAndServerLibraries() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..",
            "org.hibernate..",
            "jakarta.persistence..",
            "java.sql..",
            "javax.sql..",
            "io.javalin..",
            "org.h2..",
            "org.postgresql..",
            "okhttp3..",
            "com.fasterxml.jackson.databind..")
        .check(MODEL);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("dev.bobbin.model.(*)..").should().beFreeOfCycles().check(MODEL);
  }

  @Test
  void sharedModelDoesNotReachIntoTheApps() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.bobbin.desktop..", "dev.bobbin.server..")
        .check(MODEL);
  }
}
