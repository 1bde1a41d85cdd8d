package dev.bobbin.server;

import dev.bobbin.server.auth.Bootstrap;
import dev.bobbin.server.config.ConfigException;
import dev.bobbin.server.config.ConfigLoader;
import dev.bobbin.server.config.ServerConfig;
import dev.bobbin.server.config.UserDataFolder;
import dev.bobbin.server.metrics.ServerMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The server's command line; {@code serve} runs when no command is given. */
@Command(
    name = "bobbin-server",
    mixinStandardHelpOptions = true,
    versionProvider = ServerMain.Version.class,
    description = "Bobbin sync server. Runs 'serve' when no command is given.")
public final class ServerMain implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServerMain.class);
  static final int EXIT_CONFIG = 2;
  static final int EXIT_START_FAILED = 1;

  @Mixin ServeOptions options = new ServeOptions();
  @Spec CommandSpec spec;

  private final Map<String, String> env;
  private final Path defaultDataDir;

  ServerMain(Map<String, String> env, Path defaultDataDir) {
    this.env = env;
    this.defaultDataDir = defaultDataDir;
  }

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    Path userData =
        UserDataFolder.resolve(
            System.getProperty("os.name"), env, Path.of(System.getProperty("user.home")));
    System.exit(new CommandLine(new ServerMain(env, userData.resolve("server"))).execute(args));
  }

  @Override
  public Integer call() {
    return serve(options);
  }

  @Command(name = "serve", description = "Run the server (the default command).")
  int serve(@Mixin ServeOptions serveOptions) {
    Optional<ServerConfig> config = loadConfig(serveOptions);
    if (config.isEmpty()) {
      return EXIT_CONFIG;
    }
    ServerMetrics metrics = new ServerMetrics();
    BobbinServer server = new BobbinServer(config.get(), metrics, Version.current());
    try {
      server.start();
    } catch (IOException | RuntimeException e) {
      // Top of the program: whatever stopped the start is reported once, in one line.
      log.error("Bobbin server could not start: {}", e.getMessage());
      log.debug("Start failure", e);
      closeQuietly(server, metrics);
      return EXIT_START_FAILED;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  closeQuietly(server, metrics);
                  stopped.countDown();
                },
                "bobbin-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  @Command(
      name = "bootstrap",
      description =
          "Create the first organisation and its admin, once, for scripted installs. The"
              + " password comes from --password-file or BOBBIN_ADMIN_PASSWORD.")
  int bootstrap(
      @Mixin ServeOptions serveOptions,
      @Option(names = "--organisation", required = true, paramLabel = "NAME") String organisation,
      @Option(names = "--email", required = true, paramLabel = "EMAIL") String email,
      @Option(names = "--name", required = true, paramLabel = "NAME", description = "Admin's name")
          String name,
      @Option(names = "--password-file", paramLabel = "FILE") Path passwordFile) {
    return accounts(serveOptions, organisation, email, name, passwordFile, false);
  }

  @Command(
      name = "add-organisation",
      description =
          "Add another organisation and its admin to a server that hosts several. The password"
              + " comes from --password-file or BOBBIN_ADMIN_PASSWORD.")
  int addOrganisation(
      @Mixin ServeOptions serveOptions,
      @Option(names = "--organisation", required = true, paramLabel = "NAME") String organisation,
      @Option(names = "--email", required = true, paramLabel = "EMAIL") String email,
      @Option(names = "--name", required = true, paramLabel = "NAME", description = "Admin's name")
          String name,
      @Option(names = "--password-file", paramLabel = "FILE") Path passwordFile) {
    return accounts(serveOptions, organisation, email, name, passwordFile, true);
  }

  private int accounts(
      ServeOptions serveOptions,
      String organisation,
      String email,
      String name,
      Path passwordFile,
      boolean additional) {
    Optional<ServerConfig> config = loadConfig(serveOptions);
    if (config.isEmpty()) {
      return EXIT_CONFIG;
    }
    return AccountCommands.run(
        config.get(),
        env,
        new AccountCommands.Request(
            new Bootstrap.FirstAdmin(organisation.strip(), email.strip(), name.strip()),
            Optional.ofNullable(passwordFile),
            additional),
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  private Optional<ServerConfig> loadConfig(ServeOptions serveOptions) {
    try {
      return Optional.of(new ConfigLoader(env, defaultDataDir).load(serveOptions.toCliOptions()));
    } catch (ConfigException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }

  private static void closeQuietly(BobbinServer server, ServerMetrics metrics) {
    try {
      server.close();
    } catch (IOException e) {
      log.warn("Could not stop embedded Postgres cleanly", e);
    }
    metrics.close();
  }

  /** The version from the jar manifest, or {@code dev} when running from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    static String current() {
      String version = ServerMain.class.getPackage().getImplementationVersion();
      return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
      return new String[] {"bobbin-server " + current()};
    }
  }
}
