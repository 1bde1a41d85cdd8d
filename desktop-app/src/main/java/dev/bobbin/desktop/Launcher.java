package dev.bobbin.desktop;

import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * Entry point. A plain class (not the {@link Application}) so the app also starts from a class path
 * without the JavaFX module launcher; it checks the command line and the display first, so a user
 * sees one clear sentence instead of a JavaFX stack trace.
 */
public final class Launcher {
  static final int NO_DISPLAY = 3;

  private Launcher() {}

  public static void main(String[] args) {
    if (args.length > 0 && "export".equals(args[0])) {
      // Headless: no JavaFX, and the exit code tells a script whether the export worked.
      System.exit(new CommandLine(new DesktopOptions.Cli()).execute(args));
    }
    if (DesktopOptions.parse(args).isEmpty()) {
      return;
    }
    String problem =
        displayProblem(
            System.getProperty("os.name", ""),
            System.getenv(),
            System.getProperty("glass.platform"));
    if (problem != null) {
      System.err.println(problem);
      System.exit(NO_DISPLAY);
    }
    Application.launch(BobbinApp.class, args);
  }

  /** A sentence explaining why no window can open here, or {@code null} when one can. */
  static String displayProblem(String osName, Map<String, String> env, String glassPlatform) {
    boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
    boolean headlessGlass = "Monocle".equals(glassPlatform);
    if (!linux
        || headlessGlass
        || env.containsKey("DISPLAY")
        || env.containsKey("WAYLAND_DISPLAY")) {
      return null;
    }
    return "Bobbin needs a display, and this computer has none (DISPLAY is not set).\n"
        + "On a server, run it in a virtual display: xvfb-run -a ./bobbin";
  }
}
