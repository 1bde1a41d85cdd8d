package dev.bobbin.server;

import dev.bobbin.server.config.CliOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of {@code serve}, shared by the top-level command that defaults to it. */
final class ServeOptions {
  // Strings, not ints: ConfigLoader checks and reports them like every other source.
  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "HTTP port (default 8080; 0 picks a free one). Env: BOBBIN_PORT")
  String port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Server data folder; embedded Postgres lives in DIR/pg. Env: BOBBIN_SERVER_DATA_DIR")
  String dataDir;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file of settings, keyed by their environment variable names")
  Path configFile;

  @Option(
      names = "--demo",
      description =
          "Create the demo organisation (admin@demo.bobbin.dev and one user per role, password"
              + " bobbin-demo) if missing. Never on a server others can reach.")
  boolean demo;

  CliOptions toCliOptions() {
    return new CliOptions(
        Optional.ofNullable(port),
        Optional.ofNullable(dataDir),
        Optional.ofNullable(configFile),
        demo);
  }
}
