package dev.bobbin.server.designs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobbin.model.designs.Lab;
import dev.bobbin.model.sync.ProtocolVersion;
import dev.bobbin.server.TestHttp;
import dev.bobbin.server.TestServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignAnalysisEndpointTest {
  private static final String PATH = "/api/v1/ai/design-analysis";
  private static final okhttp3.MediaType PNG = okhttp3.MediaType.get("image/png");

  private TestServer test;
  private TestServer.Session admin;
  private UUID design;

  @BeforeAll
  void start() throws Exception {
    test = new TestServer();
    admin = test.bootstrap("Balloon Studio", "admin@balloons.example.com");
    design = UUID.randomUUID();
    try (Connection c = test.ownerConnection()) {
      insertItem(c, "BAL-CHERRY", "Cherry red", "#C41E3A", "500");
      insertItem(c, "BAL-IVORY", "Ivory", "#FFFFF0", "300");
      insertItem(c, "BAL-RUBY", "Ruby", "#C8102E", "0");
      execute(
          c,
          "insert into design (id, org_id, code, name, status, version) values (?, ?, ?, ?, ?, 1)",
          design,
          admin.orgId(),
          "ARCH-01",
          "Red and white arch",
          "DRAFT");
    }
  }

  @AfterAll
  void stop() throws Exception {
    test.close();
  }

  @Test
  void findsTheColoursTheirSharesAndTheNearestStock() throws Exception {
    TestHttp.Reply reply = post(PATH + "?quantity=20&perUnit=150&unit=balloons", redAndWhite());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode body = test.body(reply);
    assertThat(body.path("engine").asText()).isEqualTo("built-in");
    assertThat(body.has("summary")).isFalse();
    assertThat(body.path("saved").asBoolean()).isFalse();
    JsonNode colours = body.path("colours");
    assertThat(colours).hasSize(3);

    JsonNode red = colours.get(0);
    assertThat(deltaE(red.path("hex").asText(), "#C8102E")).isLessThan(2);
    assertThat(red.path("share").asDouble()).isCloseTo(0.6, within(0.02));
    assertThat(red.path("amount").asInt()).isBetween(1740, 1860);
    // The exact ruby has no stock, so the nearest stocked red is cherry.
    assertThat(red.path("nearest").get(0).path("sku").asText()).isEqualTo("BAL-CHERRY");
    assertThat(red.path("noCloseStock").asBoolean()).isFalse();

    JsonNode white = colours.get(1);
    assertThat(white.path("nearest").get(0).path("sku").asText()).isEqualTo("BAL-IVORY");
    assertThat(white.path("share").asDouble()).isCloseTo(0.3, within(0.02));

    JsonNode sky = colours.get(2);
    assertThat(deltaE(sky.path("hex").asText(), "#00A3E0")).isLessThan(2);
    assertThat(sky.path("noCloseStock").asBoolean()).isTrue();
  }

  @Test
  void aLargeJpegIsReadSubsampledAndStillMeasuredExactly() throws Exception {
    BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x1F2A44));
    g.fillRect(0, 0, 3000, 2000);
    g.setColor(new Color(0xF3E5C0));
    g.fillRect(0, 0, 1200, 2000); // 40 %
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", jpeg);

    TestHttp.Reply reply = post(PATH, jpeg.toByteArray());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode body = test.body(reply);
    assertThat(body.path("width").asInt()).isEqualTo(3000);
    JsonNode colours = body.path("colours");
    assertThat(colours).hasSize(2);
    assertThat(deltaE(colours.get(0).path("hex").asText(), "#1F2A44")).isLessThan(2);
    assertThat(colours.get(0).path("share").asDouble()).isCloseTo(0.6, within(0.02));
    assertThat(deltaE(colours.get(1).path("hex").asText(), "#F3E5C0")).isLessThan(2);
  }

  @Test
  void withADesignTheResultIsSavedOnItWithANewVersion() throws Exception {
    long before = version(design);

    TestHttp.Reply reply = post(PATH + "?designId=" + design, redAndWhite());

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(test.body(reply).path("saved").asBoolean()).isTrue();
    try (Connection c = test.ownerConnection();
        PreparedStatement query =
            c.prepareStatement(
                "select palette, colour_analysis, version from design where id = ?")) {
      query.setObject(1, design);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        String[] palette = (String[]) row.getArray(1).getArray();
        assertThat(palette).hasSize(3);
        assertThat(deltaE(palette[0], "#C8102E")).isLessThan(2);
        JsonNode analysis = test.json.readTree(row.getString(2));
        assertThat(analysis.path("colours").get(0).path("nearest").get(0).path("sku").asText())
            .isEqualTo("BAL-CHERRY");
        assertThat(row.getLong(3)).isGreaterThan(before);
      }
    }
    TestHttp.Reply pulled =
        test.http.send(
            new Request.Builder()
                .url(test.http.url("/api/v1/sync/pull?cursor=" + before))
                .header("Authorization", "Bearer " + admin.accessToken())
                .header(ProtocolVersion.HEADER, Integer.toString(ProtocolVersion.CURRENT))
                .build());
    assertThat(pulled.status()).isEqualTo(200);
    assertThat(pulled.body()).contains(design.toString()).contains("colourAnalysis");
  }

  @Test
  void somethingThatIsNotAnImageIsRefused() throws Exception {
    TestHttp.Reply reply =
        post(PATH, "%PDF-1.7 a quote, not a picture".getBytes(StandardCharsets.US_ASCII));

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(test.body(reply).path("detail").asText()).contains("PNG or JPEG");
  }

  @Test
  void aDamagedImageIsRefused() throws Exception {
    byte[] png = redAndWhite();
    byte[] truncated = java.util.Arrays.copyOf(png, 60);

    TestHttp.Reply reply = post(PATH, truncated);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(test.body(reply).path("type").asText()).endsWith("image-unreadable");
  }

  @Test
  void aDecompressionBombIsRefusedBeforeItIsDecoded() throws Exception {
    byte[] bomb = pngDeclaring(100_000, 100_000);
    assertThat(bomb.length).isLessThan(100);

    TestHttp.Reply reply = post(PATH, bomb);

    assertThat(reply.status()).isEqualTo(422);
    JsonNode problem = test.body(reply);
    assertThat(problem.path("type").asText()).endsWith("image-too-many-pixels");
    assertThat(problem.path("detail").asText()).contains("100000 × 100000");
  }

  @Test
  void aFiftyMegabyteUploadIsRefused() throws Exception {
    byte[] huge = new byte[50 * 1024 * 1024];
    System.arraycopy(redAndWhite(), 0, huge, 0, 8);

    TestHttp.Reply reply = post(PATH, huge);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(test.body(reply).path("type").asText()).endsWith("image-too-large");
  }

  @Test
  void anUnknownDesignIsNotFound() throws Exception {
    TestHttp.Reply reply = post(PATH + "?designId=" + UUID.randomUUID(), redAndWhite());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aQuantityWithoutAnAmountPerUnitIsABadRequest() throws Exception {
    TestHttp.Reply reply = post(PATH + "?quantity=20", redAndWhite());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(test.body(reply).path("detail").asText()).contains("perUnit");
  }

  private TestHttp.Reply post(String path, byte[] body) throws IOException {
    return test.http.send(
        new Request.Builder()
            .url(test.http.url(path))
            .header("Authorization", "Bearer " + admin.accessToken())
            .post(RequestBody.create(body, PNG))
            .build());
  }

  /** 60 % ruby red, 30 % white, 10 % sky blue. */
  private static byte[] redAndWhite() throws IOException {
    BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xC8102E));
    g.fillRect(0, 0, 180, 200);
    g.setColor(Color.WHITE);
    g.fillRect(180, 0, 90, 200);
    g.setColor(new Color(0x00A3E0));
    g.fillRect(270, 0, 30, 200);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A PNG signature and header declaring {@code width} × {@code height}, and nothing else. */
  private static byte[] pngDeclaring(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII));
    ihdr.putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    return png.array();
  }

  private static double deltaE(String hex, String expected) {
    return Lab.fromHex(hex).deltaE(Lab.fromHex(expected));
  }

  private long version(UUID id) throws SQLException {
    try (Connection c = test.ownerConnection();
        PreparedStatement query = c.prepareStatement("select version from design where id = ?")) {
      query.setObject(1, id);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private void insertItem(Connection c, String sku, String colour, String hex, String onHand)
      throws SQLException {
    UUID id = UUID.randomUUID();
    execute(
        c,
        "insert into item (id, org_id, sku, name, category, colour_name, colour_hex, unit,"
            + " unit_cost, currency, version) values (?, ?, ?, ?, 'BALLOON', ?, ?, 'PCS', 0.1,"
            + " 'USD', 1)",
        id,
        admin.orgId(),
        sku,
        colour + " balloon",
        colour,
        hex);
    execute(
        c,
        "insert into item_balance (item_id, org_id, on_hand, version) values (?, ?, ?, 1)",
        id,
        admin.orgId(),
        new java.math.BigDecimal(onHand));
  }

  private static void execute(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.executeUpdate();
    }
  }
}
