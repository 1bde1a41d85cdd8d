package dev.bobbin.desktop.labels;

/**
 * The label stocks Bobbin prints on. All sizes in millimetres; a sheet's labels are laid out row by
 * row from the top left, a roll's one label per page. See {@code docs/labels.md}.
 */
public enum LabelLayout {
  /** A4 sheet of 3 × 8 labels, 70 × 37 mm, edge to edge across, 0.5 mm margin top and bottom. */
  A4_3X8("A4 sheet, 3 × 8 labels (70 × 37 mm)", 210, 297, 70, 37, 3, 8, 0, 0.5),
  /** 62 mm continuous roll cut to 29 mm: a small item label per page. */
  ROLL_62X29("62 mm roll, 62 × 29 mm labels", 62, 29, 62, 29, 1, 1, 0, 0),
  /** 62 mm continuous roll cut to 100 mm: a tall label for fabric rolls. */
  ROLL_62X100("62 mm roll, 62 × 100 mm labels (fabric rolls)", 62, 100, 62, 100, 1, 1, 0, 0);

  private static final double POINTS_PER_MM = 72 / 25.4;

  private final String title;
  private final double pageWidth;
  private final double pageHeight;
  private final double labelWidth;
  private final double labelHeight;
  private final int columns;
  private final int rows;
  private final double marginLeft;
  private final double marginTop;

  LabelLayout(
      String title,
      double pageWidth,
      double pageHeight,
      double labelWidth,
      double labelHeight,
      int columns,
      int rows,
      double marginLeft,
      double marginTop) {
    this.title = title;
    this.pageWidth = pageWidth;
    this.pageHeight = pageHeight;
    this.labelWidth = labelWidth;
    this.labelHeight = labelHeight;
    this.columns = columns;
    this.rows = rows;
    this.marginLeft = marginLeft;
    this.marginTop = marginTop;
  }

  /** What the print dialog offers. */
  public String title() {
    return title;
  }

  /** Labels on one page. */
  public int perPage() {
    return columns * rows;
  }

  double pageWidthPt() {
    return pt(pageWidth);
  }

  double pageHeightPt() {
    return pt(pageHeight);
  }

  /**
   * The box of position {@code index} (0 = top left) on its page, in PDF points from bottom left.
   */
  Box labelBox(int index) {
    int position = index % perPage();
    int column = position % columns;
    int row = position / columns;
    double x = pt(marginLeft + column * labelWidth);
    double top = pt(marginTop + row * labelHeight);
    return new Box(x, pageHeightPt() - top - pt(labelHeight), pt(labelWidth), pt(labelHeight));
  }

  static double pt(double mm) {
    return mm * POINTS_PER_MM;
  }

  @Override
  public String toString() {
    return title;
  }

  /** A rectangle in PDF points, {@code (x, y)} its bottom-left corner. */
  record Box(double x, double y, double width, double height) {
    double top() {
      return y + height;
    }

    double right() {
      return x + width;
    }
  }
}
