package dev.bobbin.desktop.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Settings page: one tab per part (General, Account, Users, Audit, Workflow templates), each
 * built when first opened.
 */
public final class SettingsTabsView {
  private final TabPane root = new TabPane();

  /**
   * @param parts tab title → page, in order
   */
  public SettingsTabsView(Map<String, Supplier<Node>> parts) {
    root.setId("settings-page");
    root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    new LinkedHashMap<>(parts)
        .forEach(
            (title, page) -> {
              Tab tab = new Tab(title);
              tab.setId("settings-tab-" + title.toLowerCase(java.util.Locale.ROOT));
              tab.selectedProperty()
                  .addListener(
                      (obs, old, selected) -> {
                        if (selected && tab.getContent() == null) {
                          tab.setContent(page.get());
                        }
                      });
              root.getTabs().add(tab);
            });
    if (!root.getTabs().isEmpty()) {
      Tab first = root.getTabs().get(0);
      first.setContent(parts.values().iterator().next().get());
    }
  }

  public Node root() {
    return root;
  }
}
