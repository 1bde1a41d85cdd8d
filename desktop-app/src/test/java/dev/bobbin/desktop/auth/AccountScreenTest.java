package dev.bobbin.desktop.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.DesktopOptions;
import dev.bobbin.desktop.MainWindowFactory;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.testing.LiveServer;
import dev.bobbin.desktop.testing.Screenshots;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.users.AuditViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Signs in through the real main window (Settings → Account) against a real server started by the
 * test, then opens Users and Audit; saves each as a screenshot like {@code ScreenshotsTest}.
 */
@ExtendWith(ApplicationExtension.class)
class AccountScreenTest {
  @TempDir static Path home;
  static Workspace workspace;
  static BackgroundTasks tasks;
  Scene scene;

  @BeforeAll
  static void openWorkspace() {
    LiveServer.shared();
    workspace =
        Workspace.open(
            new DesktopOptions(Optional.empty(), Optional.empty(), true),
            new DataDirectory(Map.of(), "Linux", home),
            TestData.CLOCK);
    tasks = BackgroundTasks.forJavaFx();
  }

  @AfterAll
  static void close() {
    tasks.close();
    workspace.close();
  }

  @Start
  void start(Stage stage) {
    scene = new Scene(MainWindowFactory.create(workspace, tasks), 1280, 800);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void anAdminSignsInThroughSettingsAndSeesUsersAndTheAuditTrail(FxRobot robot) throws Exception {
    robot.clickOn("Settings");
    robot.clickOn("Account");
    robot.clickOn("#account-server").write(LiveServer.shared().uri().toString());
    robot.clickOn("#account-email").write(LiveServer.ADMIN);
    robot.clickOn("#account-password").write(LiveServer.PASSWORD);
    robot.clickOn("#account-sign-in");

    Label status = robot.lookup("#account-status").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> status.getText().startsWith("Signed in as"));
    assertThat(status.getText())
        .isEqualTo("Signed in as Demo admin (admin@demo.bobbin.dev) · Admin at Demo Atelier");
    assertThat(robot.lookup("#signed-in-user").queryAs(Label.class).getText())
        .isEqualTo("Demo admin");
    assertThat(workspace.data().currentUser().get().orElseThrow().email())
        .isEqualTo(LiveServer.ADMIN);
    save("settings-account.png");

    robot.clickOn("Users");
    TableView<ServerUser> users = robot.lookup("#users-table").queryTableView();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> users.getItems().size() >= 4);
    assertThat(users.getItems()).extracting(ServerUser::email).contains(LiveServer.FLOOR);
    save("settings-users.png");

    robot.clickOn("Audit");
    TableView<AuditViewModel.Row> audit = robot.lookup("#audit-table").queryTableView();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !audit.getItems().isEmpty());
    assertThat(audit.getItems()).extracting(AuditViewModel.Row::action).contains("auth.login");
    save("settings-audit.png");
  }

  private void save(String name) throws Exception {
    Screenshots.save(scene, name);
  }
}
