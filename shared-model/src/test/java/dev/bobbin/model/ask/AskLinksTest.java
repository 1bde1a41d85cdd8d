package dev.bobbin.model.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AskLinksTest {
  @Test
  void aLinkParsesBackIntoSectionPathAndDecodedParameters() {
    UUID design = UUID.randomUUID();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("design", design.toString());
    query.put("product", "tote bags & more");
    query.put("quantity", "200");

    AskLinks.Link link = AskLinks.parse(AskLinks.newQuote(query)).orElseThrow();

    assertThat(link.section()).isEqualTo("quotes");
    assertThat(link.path()).containsExactly("new");
    assertThat(link.query()).isEqualTo(query);
  }

  @Test
  void anItemLinkCarriesItsId() {
    UUID id = UUID.randomUUID();
    AskLinks.Link link = AskLinks.parse(AskLinks.item(id)).orElseThrow();
    assertThat(link.section()).isEqualTo("inventory");
    assertThat(link.id(1)).contains(id);
    assertThat(link.id(0)).isEmpty();
  }

  @Test
  void otherLinksAreNotBobbinLinks() {
    assertThat(AskLinks.parse("https://example.com/inventory")).isEmpty();
    assertThat(AskLinks.parse("bobbin://")).isEmpty();
  }
}
