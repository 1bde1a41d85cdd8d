package dev.bobbin.desktop.labels;

import dev.bobbin.model.inventory.Item;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints item and fabric-roll labels to a PDF file, fully offline. The file appears only when it is
 * complete: it is written beside the target and moved into place.
 */
public final class LabelService {
  /** The labels of {@code items}, each repeated {@code copies} times, in the items' order. */
  List<LabelContent> contents(List<Item> items, LabelRequest request) {
    List<LabelContent> labels = new ArrayList<>(items.size() * request.copies());
    for (Item item : items) {
      labels.addAll(Collections.nCopies(request.copies(), LabelContent.of(item, request.roll())));
    }
    return labels;
  }

  /** Writes the labels of {@code items} to {@code target}; returns it. */
  Path print(List<Item> items, LabelRequest request, Path target, LabelPdf.Progress progress)
      throws IOException {
    List<LabelContent> labels = contents(items, request);
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, ".labels-", ".pdf.part");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        LabelPdf.write(labels, request.layout(), request.firstPosition() - 1, out, progress);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
    return target;
  }
}
