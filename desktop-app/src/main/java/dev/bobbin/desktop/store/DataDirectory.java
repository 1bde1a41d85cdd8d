package dev.bobbin.desktop.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the per-user folder that holds Bobbin's local database. In order: the {@code --data-dir}
 * option, the {@code BOBBIN_DATA_DIR} environment variable, then the platform's place for
 * application data ({@code $XDG_DATA_HOME/bobbin} or {@code ~/.local/share/bobbin} on Linux, {@code
 * %APPDATA%\Bobbin} on Windows, {@code ~/Library/Application Support/Bobbin} on macOS).
 *
 * <p>The environment, OS name and home folder are inputs, so each platform's rule is testable on
 * any machine.
 */
public final class DataDirectory {
  /** The environment variable that overrides the platform's default folder. */
  public static final String ENV_VARIABLE = "BOBBIN_DATA_DIR";

  private final Map<String, String> env;
  private final String osName;
  private final Path home;

  public DataDirectory(Map<String, String> env, String osName, Path home) {
    this.env = Map.copyOf(env);
    this.osName = osName.toLowerCase(Locale.ROOT);
    this.home = home;
  }

  /** The rules applied to this process's environment, OS and user. */
  public static DataDirectory ofThisComputer() {
    return new DataDirectory(
        System.getenv(),
        System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home", ".")));
  }

  /** The folder to use, without touching the disk. */
  public Path locate(Optional<Path> dataDirOption) {
    if (dataDirOption.isPresent()) {
      return dataDirOption.get().toAbsolutePath().normalize();
    }
    return env(ENV_VARIABLE)
        .map(p -> Path.of(p).toAbsolutePath().normalize())
        .orElseGet(this::platformDefault);
  }

  /**
   * The folder to use, created if missing and checked to be writable.
   *
   * @throws StoreException naming the folder when it cannot be created or written to
   */
  public Path prepare(Optional<Path> dataDirOption) {
    Path dir = locate(dataDirOption);
    try {
      Files.createDirectories(dir);
      // Files.isWritable is unreliable on Windows; writing a file is the only real proof.
      Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
      Files.delete(probe);
      return dir;
    } catch (IOException e) {
      throw new StoreException(
          "Bobbin cannot write to its data folder " + dir + ": " + reason(e), e);
    }
  }

  private Path platformDefault() {
    if (osName.startsWith("windows")) {
      return env("APPDATA")
          .map(Path::of)
          .orElseGet(() -> home.resolve("AppData").resolve("Roaming"))
          .resolve("Bobbin");
    }
    if (osName.startsWith("mac") || osName.startsWith("darwin")) {
      return home.resolve("Library").resolve("Application Support").resolve("Bobbin");
    }
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    return env("XDG_DATA_HOME")
        .map(Path::of)
        .filter(Path::isAbsolute)
        .orElseGet(() -> home.resolve(".local").resolve("share"))
        .resolve("bobbin");
  }

  private Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(String::trim);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " is a file, not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
