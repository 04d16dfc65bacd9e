extension MeetingReport {
    /// The exact text of the page's one inline `<script>` element (the table sorting and the
    /// map, ``MapScript``, which does nothing on a page without `#map-box`), so that a
    /// server can allow that script, and no other, by its hash in a Content-Security-Policy
    /// (`wijknet serve`). A test checks that the page carries exactly this text.
    public static var inlineScript: String { "\n\(ReportStyle.script)\n\(MapScript.source)\n" }
}
