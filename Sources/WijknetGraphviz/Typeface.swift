/// The one typeface of every Wijknet diagram.
///
/// Why a named face and not Graphviz's default (Times-Roman) or "Helvetica": Graphviz resolves
/// the PostScript names through its own alias table and fontconfig, to whichever of URW Nimbus
/// Sans, Liberation Sans, DejaVu Sans … a machine happens to have. Those faces differ in width
/// by up to a fifth (measured with libgvc 2.42.2: a bold 20-point title is 2.07 in wide in
/// DejaVu Sans and 1.74 in Liberation Sans), and text width sets node sizes and therefore every
/// position, so the same input gave different drawings on different machines. With one named
/// face that `make deps` installs (Debian's `fonts-dejavu-core`), layouts agree wherever it is
/// there.
///
/// The value is a Pango family list: Graphviz's text layout measures with the first family
/// that is installed, and the SVG writer copies the list into `font-family`, so a browser
/// without DejaVu Sans (Windows, macOS) draws Verdana — the face DejaVu Sans (via Bitstream
/// Vera) was drawn to match in width — and otherwise its own sans-serif.
///
/// Bold text is not a second face: a bold face named through `fontname` would reach the SVG as
/// a family the browser does not know, and lose its weight. Bold labels are HTML-like `<B>`
/// (``DiagramNode/boldLabel``), which Graphviz writes as `font-weight="bold"`.
public enum Typeface {
    /// The `fontname` the renderer declares as the default of the graph, its nodes and edges.
    public static let family = "DejaVu Sans,Verdana,sans-serif"
}
