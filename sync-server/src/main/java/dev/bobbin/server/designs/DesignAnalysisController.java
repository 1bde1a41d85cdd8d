package dev.bobbin.server.designs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.designs.ColourAnalyser;
import dev.bobbin.model.designs.ColourAnalysis;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.MaterialNeed;
import dev.bobbin.model.designs.PaletteColour;
import dev.bobbin.model.designs.StockedColour;
import dev.bobbin.server.ai.AiModule;
import dev.bobbin.server.ai.AiReply;
import dev.bobbin.server.ai.Completion;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code POST /ai/design-analysis}: the colours of a design image with their shares, the stocked
 * items nearest to each (CIEDE2000), and per-colour material for a run. The image is the raw
 * request body (PNG or JPEG); {@code designId} saves the result on that design, which then syncs to
 * every device like any other edit.
 */
public final class DesignAnalysisController {
  static final String PATH = Route.API + "/ai/design-analysis";

  private final AiModule ai;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final long maxBytes;
  private final ColourAnalyser analyser = new ColourAnalyser();

  public DesignAnalysisController(AiModule ai, AuditLog audit, ObjectMapper json, long maxBytes) {
    this.ai = ai;
    this.audit = audit;
    this.json = json;
    this.maxBytes = maxBytes;
  }

  public List<Route> routes() {
    return List.of(ai.post(PATH, Access.permission(Permission.EDIT_DESIGNS), this::analyse));
  }

  private AiReply analyse(Context ctx) throws IOException, SQLException {
    Optional<UUID> designId = designId(ctx);
    Optional<MaterialNeed> materials = materials(ctx);
    Connection c = RequestContext.connection(ctx);
    if (designId.isPresent() && !exists(c, designId.get())) {
      throw ProblemException.notFound("No design with id " + designId.get() + ".");
    }
    AnalysedImage image = AnalysedImage.read(readLimited(ctx));
    ColourAnalysis analysis = analyser.analyse(image.argb(), stock(c), materials);
    boolean saved = false;
    if (designId.isPresent()) {
      save(ctx, c, designId.get(), analysis);
      saved = true;
    }
    Optional<Completion> summary =
        ai.model()
            .summarise(
                "In two or three sentences for a design studio, describe this design's colours"
                    + " and say which ones cannot be made from stock.",
                facts(analysis));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("engine", summary.isPresent() ? "built-in+model" : "built-in");
    designId.ifPresent(id -> body.put("designId", id));
    body.put("saved", saved);
    body.put("width", image.width());
    body.put("height", image.height());
    body.put("colours", analysis.colours());
    body.put("closeEnough", analysis.closeEnough());
    body.put("materials", analysis.materials());
    summary.ifPresent(s -> body.put("summary", s.text()));
    return AiReply.of(body, summary);
  }

  private static Optional<UUID> designId(Context ctx) {
    String raw = ctx.queryParam("designId");
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(raw.trim()));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("designId must be a design's id (a UUID).");
    }
  }

  private static Optional<MaterialNeed> materials(Context ctx) {
    String quantity = ctx.queryParam("quantity");
    String perUnit = ctx.queryParam("perUnit");
    if (quantity == null && perUnit == null) {
      return Optional.empty();
    }
    if (quantity == null || perUnit == null) {
      throw ProblemException.invalid(
          "quantity and perUnit go together: how many units, and how much material each takes.");
    }
    int units;
    BigDecimal each;
    try {
      units = Integer.parseInt(quantity.trim());
      each = new BigDecimal(perUnit.trim());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(
          "quantity must be a whole number and perUnit a decimal number, e.g. quantity=20&perUnit=150.");
    }
    if (units < 1 || units > 1_000_000 || each.signum() <= 0 || each.precision() > 18) {
      throw ProblemException.invalid(
          "quantity must be 1 to 1000000 and perUnit a positive amount.");
    }
    String unit = ctx.queryParam("unit");
    return Optional.of(
        new MaterialNeed(
            units, each, unit == null || unit.isBlank() ? null : Fields.text("unit", unit, 20)));
  }

  private byte[] readLimited(Context ctx) throws IOException {
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (data.length > maxBytes) {
        throw tooLarge();
      }
      if (data.length == 0) {
        throw new ProblemException(
            415,
            "unsupported-image",
            "Not a supported image",
            "The request has no body: send the design's picture (PNG or JPEG) as the body.");
      }
      return data;
    }
  }

  private ProblemException tooLarge() {
    return new ProblemException(
        413,
        "image-too-large",
        "Image too large",
        "Images may be at most "
            + maxBytes
            + " bytes (setting BOBBIN_MAX_BLOB_BYTES). Send a smaller copy.");
  }

  private static boolean exists(Connection c, UUID designId) throws SQLException {
    return Sql.one(c, "select 1 from design where id = ?", row -> true, designId).isPresent();
  }

  /** Items with a colour and stock on hand (the ledger's cached balance). */
  private static List<StockedColour> stock(Connection c) throws SQLException {
    return Sql.list(
        c,
        "select i.id, i.sku, i.name, i.colour_name, i.colour_hex, i.unit, b.on_hand"
            + " from item i join item_balance b on b.item_id = i.id"
            + " where i.colour_hex is not null and not i.archived and b.on_hand > 0",
        row ->
            new StockedColour(
                row.getObject("id", UUID.class),
                row.getString("sku"),
                row.getString("name"),
                row.getString("colour_name"),
                row.getString("colour_hex"),
                row.getBigDecimal("on_hand").stripTrailingZeros(),
                Unit.valueOf(row.getString("unit"))));
  }

  /** Writes palette and analysis on the design with a new org version, so devices pull them. */
  private void save(Context ctx, Connection c, UUID designId, ColourAnalysis analysis)
      throws SQLException, JsonProcessingException {
    String analysisJson = json.writeValueAsString(analysis);
    if (analysisJson.length() > Design.MAX_COLOUR_ANALYSIS) {
      throw new IllegalStateException("A colour analysis of " + analysisJson.length() + " chars");
    }
    UUID orgId = RequestContext.principal(ctx).orgId();
    Sql.update(
        c,
        "update design set palette = ?, colour_analysis = ?, version = ?, updated_at = now()"
            + " where id = ?",
        c.createArrayOf("text", analysis.palette().toArray()),
        analysisJson,
        OrgVersions.next(c, orgId),
        designId);
    audit.record(
        c,
        orgId,
        AuditLog.Actor.of(ctx),
        "design.colours-analysed",
        "design",
        designId.toString(),
        Map.of("palette", String.join(" ", analysis.palette())));
  }

  private static String facts(ColourAnalysis analysis) {
    return analysis.colours().stream()
        .map(DesignAnalysisController::fact)
        .collect(Collectors.joining("\n"));
  }

  private static String fact(PaletteColour colour) {
    String stock =
        colour.noCloseStock()
            ? "no close stock"
            : "nearest stock "
                + colour.nearest().get(0).sku()
                + " (ΔE "
                + colour.nearest().get(0).deltaE()
                + ")";
    return String.format(
        Locale.ROOT, "%s covers %.1f%%, %s", colour.hex(), colour.share() * 100, stock);
  }
}
