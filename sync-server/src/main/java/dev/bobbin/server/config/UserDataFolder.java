package dev.bobbin.server.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where each operating system expects an application to keep its per-user data. */
public final class UserDataFolder {
  private UserDataFolder() {}

  /**
   * Resolves Bobbin's data folder for the given {@code os.name}, environment and home folder (all
   * passed in, so tests need not touch the real machine).
   */
  public static Path resolve(String osName, Map<String, String> env, Path userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData == null || appData.isBlank()
              ? userHome.resolve("AppData").resolve("Roaming")
              : Path.of(appData);
      return base.resolve("Bobbin");
    }
    if (os.startsWith("mac")) {
      return userHome.resolve("Library").resolve("Application Support").resolve("Bobbin");
    }
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        xdg != null && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : userHome.resolve(".local").resolve("share");
    return base.resolve("bobbin");
  }
}
