package dev.bobbin.server.blobs;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Design images, content-addressed by SHA-256 and stored per organisation in Postgres (table {@code
 * blob}, under row-level security): uploading the same bytes twice is a no-op, and another
 * organisation cannot read them even knowing the hash.
 */
public final class BlobController {
  private static final String PATH = Route.API + "/blobs/{sha256}";

  private final long maxBytes;

  public BlobController(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A stored blob's description. */
  record BlobInfo(String sha256, String contentType, long size) {}

  private record Blob(String contentType, ByteBuffer data) {}

  public List<Route> routes() {
    return List.of(
        Route.put(PATH, Access.permission(Permission.EDIT_DESIGNS), this::upload),
        Route.get(PATH, Access.permission(Permission.VIEW_DESIGNS), this::download));
  }

  private void upload(Context ctx) throws SQLException, IOException {
    String sha256 = hash(ctx);
    byte[] data = readLimited(ctx);
    if (!HexFormat.of().formatHex(digest(data)).equals(sha256)) {
      throw new ProblemException(
          400,
          "blob-hash-mismatch",
          "Content does not match its hash",
          "The SHA-256 of the uploaded bytes is not the one in the path; the upload was damaged"
              + " or mislabelled.");
    }
    ImageType type =
        ImageType.sniff(data)
            .orElseThrow(
                () ->
                    new ProblemException(
                        415,
                        "unsupported-image",
                        "Not a supported image",
                        "Only PNG, JPEG and WebP images are accepted."));
    UUID orgId = RequestContext.principal(ctx).orgId();
    int inserted =
        Sql.update(
            RequestContext.connection(ctx),
            "insert into blob (org_id, sha256, content_type, size, data) values (?, ?, ?, ?, ?)"
                + " on conflict (org_id, sha256) do nothing",
            orgId,
            sha256,
            type.mediaType(),
            data.length,
            data);
    ctx.status(inserted == 1 ? 201 : 200).json(new BlobInfo(sha256, type.mediaType(), data.length));
  }

  private void download(Context ctx) throws SQLException {
    String sha256 = hash(ctx);
    Connection c = RequestContext.connection(ctx);
    Optional<Blob> blob =
        Sql.one(
            c,
            "select content_type, data from blob where sha256 = ?",
            row -> new Blob(row.getString(1), ByteBuffer.wrap(row.getBytes(2))),
            sha256);
    if (blob.isEmpty()) {
      throw ProblemException.notFound("No image with this hash.");
    }
    ctx.header("Cache-Control", "private, max-age=31536000, immutable");
    ctx.header("ETag", "\"" + sha256 + "\"");
    ctx.contentType(blob.get().contentType()).result(blob.get().data().array());
  }

  private static String hash(Context ctx) {
    String sha256 = ctx.pathParam("sha256");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw ProblemException.invalid(
          "The path must end in the SHA-256 as 64 lowercase hex digits.");
    }
    return sha256;
  }

  private byte[] readLimited(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (data.length > maxBytes) {
        throw tooLarge();
      }
      return data;
    }
  }

  private ProblemException tooLarge() {
    return new ProblemException(
        413,
        "blob-too-large",
        "Image too large",
        "Images may be at most " + maxBytes + " bytes (setting BOBBIN_MAX_BLOB_BYTES).",
        Map.of());
  }

  private static byte[] digest(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
