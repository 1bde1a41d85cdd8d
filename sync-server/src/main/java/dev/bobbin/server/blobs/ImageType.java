package dev.bobbin.server.blobs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The image formats a design image may be, told apart by their magic bytes, never by a header. */
enum ImageType {
  PNG("image/png"),
  JPEG("image/jpeg"),
  WEBP("image/webp");

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private final String mediaType;

  ImageType(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  static Optional<ImageType> sniff(byte[] bytes) {
    if (bytes.length >= 8 && Arrays.equals(bytes, 0, 8, PNG_MAGIC, 0, 8)) {
      return Optional.of(PNG);
    }
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xFF
        && bytes[1] == (byte) 0xD8
        && bytes[2] == (byte) 0xFF) {
      return Optional.of(JPEG);
    }
    if (bytes.length >= 12
        && ascii(bytes, 0, 4).equals("RIFF")
        && ascii(bytes, 8, 4).equals("WEBP")) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static String ascii(byte[] bytes, int from, int length) {
    return new String(bytes, from, length, StandardCharsets.US_ASCII);
  }
}
