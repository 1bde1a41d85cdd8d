package dev.bobbin.server.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What was given on the command line; values stay strings so that they are checked, and reported,
 * the same way as every other source.
 */
public record CliOptions(
    Optional<String> port, Optional<String> dataDir, Optional<Path> configFile, boolean demo) {

  public static CliOptions none() {
    return new CliOptions(Optional.empty(), Optional.empty(), Optional.empty(), false);
  }
}
