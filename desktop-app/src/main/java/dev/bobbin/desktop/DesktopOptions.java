package dev.bobbin.desktop;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The desktop app's command line.
 *
 * @param dataDir where the local database lives; empty means the per-user default
 * @param server the sync server to use; empty means offline only
 * @param sampleData whether an empty workspace gets the demo factory on first start
 */
public record DesktopOptions(Optional<Path> dataDir, Optional<URI> server, boolean sampleData) {

  /**
   * Parses {@code args}; prints help or an error and returns empty when the app should not start.
   */
  public static Optional<DesktopOptions> parse(String... args) {
    Cli cli = new Cli();
    CommandLine commandLine = new CommandLine(cli);
    int exit = commandLine.execute(args);
    if (exit != 0 || cli.parsed == null) {
      return Optional.empty();
    }
    return Optional.of(cli.parsed);
  }

  /** Exit code picocli used when {@link #parse} returned empty: 0 for help, 2 for bad usage. */
  @Command(
      name = "bobbin",
      mixinStandardHelpOptions = true,
      versionProvider = Cli.Version.class,
      subcommands = ExportCommand.class,
      description = "Bobbin, the offline-first workbench for garment factories and design studios.")
  static final class Cli implements Callable<Integer> {
    @Option(
        names = "--data-dir",
        paramLabel = "FOLDER",
        description =
            "Folder for the local database (default: BOBBIN_DATA_DIR, else the per-user data folder).")
    Path dataDir;

    @Option(
        names = "--server",
        paramLabel = "URL",
        description = "Sync server, e.g. http://localhost:8080 (default: work offline).")
    URI server;

    @Option(
        names = "--no-sample-data",
        description = "Start an empty workspace instead of the demo factory.")
    boolean noSampleData;

    DesktopOptions parsed;

    @Override
    public Integer call() {
      parsed =
          new DesktopOptions(
              Optional.ofNullable(dataDir), Optional.ofNullable(server), !noSampleData);
      return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
      @Override
      public String[] getVersion() {
        String v = DesktopOptions.class.getPackage().getImplementationVersion();
        return new String[] {"Bobbin " + (v == null ? "dev" : v)};
      }
    }
  }
}
