package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.designs.DesignImageService;
import dev.bobbin.desktop.store.BlobFiles;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Design pictures travel as blobs: uploaded before their design, downloaded when first shown. */
class DesignImageSyncTest {
  static SyncServers.Running server;

  @BeforeAll
  static void startServer() {
    server = SyncServers.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Test
  void aPictureAddedOnOneDeviceIsDownloadedByAnotherWhenShown(@TempDir Path dir) throws Exception {
    try (TestDevice studio = TestDevice.admin(dir.resolve("studio"), server.uri());
        TestDevice floor = TestDevice.as("floor", dir.resolve("floor"), server.uri())) {
      Path png = picture(dir.resolve("swatch.png"));
      byte[] bytes = Files.readAllBytes(png);
      DesignImageService.ImportedImage imported = imagesOf(studio).importFile(png);
      studio.data.designs().create(design(imported));

      studio.sync();
      floor.sync();

      assertThat(studio.client.downloadBlob(imported.sha256())).hasValue(bytes);
      DesignImageService floorImages = imagesOf(floor).downloadingFrom(floor.client::downloadBlob);
      assertThat(floor.data.designs().findByCode("IMG-1").orElseThrow().imageSha256())
          .isEqualTo(imported.sha256());
      assertThat(floorImages.find(imported.sha256())).isEmpty();
      Path downloaded = floorImages.fetch(imported.sha256()).orElseThrow();
      assertThat(Files.readAllBytes(downloaded)).isEqualTo(bytes);
      assertThat(imagesOf(floor).find(imported.sha256())).contains(downloaded);
    }
  }

  @Test
  void aPictureTheServerDoesNotHaveOrCannotSendStaysMissing(@TempDir Path dir) {
    try (TestDevice floor = TestDevice.as("floor", dir.resolve("floor"), server.uri())) {
      String unknown = BlobFiles.sha256(new byte[] {1, 2, 3});
      assertThat(floor.client.downloadBlob(unknown)).isEmpty();
      assertThat(imagesOf(floor).downloadingFrom(floor.client::downloadBlob).fetch(unknown))
          .isEmpty();
      DesignImageService unreachable =
          imagesOf(floor)
              .downloadingFrom(
                  sha -> {
                    throw new SyncException.Offline("The server cannot be reached.", null);
                  });
      assertThat(unreachable.fetch(unknown)).isEmpty();
      DesignImageService lying =
          imagesOf(floor).downloadingFrom(sha -> java.util.Optional.of(new byte[] {9, 9}));
      assertThat(lying.fetch(unknown)).as("bytes that do not match the hash").isEmpty();
    }
  }

  private static DesignImageService imagesOf(TestDevice device) {
    return new DesignImageService(BlobFiles.in(device.data.store().dataDir()));
  }

  private static Design design(DesignImageService.ImportedImage image) {
    return new Design(
        Ids.newId(),
        "IMG-1",
        "Printed tote",
        null,
        null,
        DesignStatus.DRAFT,
        Set.of(),
        image.sha256(),
        image.palette(),
        List.of());
  }

  private static Path picture(Path file) throws Exception {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 8; x++) {
      for (int y = 0; y < 8; y++) {
        image.setRGB(x, y, (x < 4 ? Color.RED : Color.BLUE).getRGB());
      }
    }
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
