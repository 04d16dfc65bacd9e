/// The meeting report's style sheet and its one small script, inline so the page is one file.
enum ReportStyle {
    static let css = """
    :root { --ink:#1d2733; --muted:#5b6878; --line:#d9dee5; --band:#f4f6f9; --accent:#0072B2; --warn:#D55E00; }
    * { box-sizing: border-box; }
    body { margin:0; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color:var(--ink); background:#fff; line-height:1.45; font-size:15px; }
    header.top { background:var(--ink); color:#fff; padding:16px 48px 12px; }
    header.top h1 { margin:0 0 4px; font-size:24px; font-weight:700; letter-spacing:.2px; }
    header.top p { margin:0; color:#c9d3df; font-size:14px; }
    nav { padding:8px 48px; background:var(--band); border-bottom:1px solid var(--line); font-size:13px; white-space:nowrap; overflow-x:auto; }
    nav a { color:var(--accent); text-decoration:none; margin-right:16px; }
    main { max-width:1180px; margin:0 auto; padding:8px 48px 48px; }
    section { margin-top:34px; }
    h2 { font-size:21px; margin:0 0 12px; padding-bottom:6px; border-bottom:2px solid var(--accent); }
    h3 { font-size:16px; margin:22px 0 8px; color:var(--muted); }
    dl.facts { display:grid; grid-template-columns: 220px 1fr; gap:6px 18px; margin:0; }
    dl.facts dt { color:var(--muted); }
    dl.facts dd { margin:0; font-weight:600; }
    ol.findings { padding-left:0; list-style:none; counter-reset:f; margin:0; }
    ol.findings > li { counter-increment:f; position:relative; padding:12px 16px 12px 56px; margin-bottom:10px; background:var(--band); border-left:4px solid var(--warn); border-radius:4px; }
    ol.findings > li::before { content:counter(f); position:absolute; left:16px; top:10px; width:28px; height:28px; border-radius:50%; background:var(--warn); color:#fff; font-weight:700; text-align:center; line-height:28px; }
    ol.findings p.finding { margin:0 0 4px; font-weight:600; font-size:16px; }
    ol.findings ul { margin:4px 0; padding-left:18px; color:var(--ink); }
    ol.findings p.label { margin:0 0 2px; font-size:12px; font-weight:700; text-transform:uppercase; letter-spacing:.4px; color:var(--warn); }
    ol.findings p.reference { margin:4px 0 0; color:var(--muted); }
    ol.findings p.goals { margin:4px 0 0; color:var(--muted); font-style:italic; }
    ol.findings p.action { margin:6px 0 0; }
    ol.findings > li.severity-high { border-left-width:8px; }
    ol.findings > li.severity-low { border-left-color:#e8a070; } ol.findings > li.severity-low::before { background:#e8a070; }
    ol.findings > li.strength { border-left-color:#009E73; } ol.findings > li.strength::before { background:#009E73; content:"✓"; }
    ol.findings > li.strength p.label { color:#009E73; }
    .data-first { background:#fff4e5; border-radius:4px; padding:2px 16px 6px; margin-bottom:6px; font-size:13px; }
    .data-first h3 { margin:8px 0 2px; font-size:14px; } .data-first p.finding { margin:0 0 2px; } .data-first p.action { margin:0; }
    #verdict { margin-top:14px; } #verdict h3 { margin:10px 0 6px; }
    #verdict ol.verdict { display:grid; grid-template-columns:repeat(auto-fit, minmax(280px, 1fr)); gap:10px; }
    #verdict ol.verdict > li { margin-bottom:0; padding:10px 12px 10px 48px; } #verdict ol.verdict > li::before { left:12px; }
    #verdict ol.findings p.finding { font-size:15px; } #verdict ol.strengths > li { margin-bottom:0; padding:8px 12px 8px 48px; } #verdict ol.strengths > li::before { left:12px; }
    .data-first li { list-style:none; }
    p.appendix-start { margin-top:48px; font-size:13px; color:var(--muted); text-transform:uppercase; letter-spacing:.6px; border-top:1px solid var(--line); padding-top:8px; }
    figure { margin:0 0 26px; border:1px solid var(--line); border-radius:6px; padding:12px; }
    figure svg { width:100%; height:auto; max-height:900px; display:block; }
    figure#figure-domains svg { max-height:520px; }
    .side-by-side { display:flex; flex-wrap:wrap; gap:16px; }
    .side-by-side figure { flex:1 1 320px; min-width:0; }
    .side-by-side figure svg { max-height:520px; }
    figcaption { color:var(--muted); font-size:13px; margin-top:6px; }
    table { border-collapse:collapse; width:100%; margin:6px 0 18px; font-size:14px; }
    caption { text-align:left; color:var(--muted); font-size:13px; padding:0 0 6px; }
    th, td { text-align:left; padding:6px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
    th { background:var(--band); font-weight:600; white-space:nowrap; }
    th[data-type], table.sortable th { cursor:pointer; }
    th.sorted-asc::after { content:" ▲"; font-size:10px; } th.sorted-desc::after { content:" ▼"; font-size:10px; }
    td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; }
    #units-table td.best { background:#d9f0e3; font-weight:600; } #units-table td.weakest { background:#fbe3cf; }
    #units-goals td.met { background:#d9f0e3; } #units-goals td.missed { background:#fbe3cf; }
    .units-diagrams { display:grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap:18px; }
    .units-diagrams svg { max-height:320px; width:100%; height:auto; }
    tbody tr:nth-child(even) td { background:#fafbfc; }
    p.note { color:var(--muted); font-size:13px; }
    .two { display:grid; grid-template-columns: 1fr 1fr; gap:28px; }
    dl.howto dt { font-weight:700; margin-top:10px; } dl.howto dd { margin:2px 0 0; }
    footer { color:var(--muted); font-size:12px; border-top:1px solid var(--line); padding:14px 48px; }
    @page { size: A4; margin: 14mm; }
    @media print {
      body { font-size:10.5pt; }
      header.top { background:none; color:var(--ink); padding:0 0 8px; border-bottom:2px solid var(--ink); }
      header.top p { color:var(--muted); }
      nav { display:none; }
      #verdict { break-after:page; margin-top:10px; }
      #verdict ol.verdict { display:block; }
      #verdict ol.findings > li { padding:6px 10px 6px 44px; margin-bottom:6px; }
      p.appendix-start { break-before:page; margin-top:0; }
      main { max-width:none; padding:0; }
      section { break-inside:auto; }
      h2 { break-after:avoid; }
      figure { break-inside:avoid; border:none; padding:0; }
      figure svg { max-height:240mm; }
      table { font-size:9pt; } tr { break-inside:avoid; }
      .two { display:block; }
      ol.findings > li { background:none; border-left:3px solid var(--warn); }
    }
    """

    /// Sorts a table by the clicked header: numbers by `data-sort`, text by its content
    /// (locale-aware); a second click reverses. The page reads fine without it.
    static let script = """
    (function () {
      function key(td, numeric) {
        var v = td.hasAttribute('data-sort') ? td.getAttribute('data-sort') : td.textContent;
        if (!numeric) return v.toLowerCase();
        var n = parseFloat(v); return isNaN(n) ? -Infinity : n;
      }
      document.querySelectorAll('table.sortable').forEach(function (table) {
        var headers = table.querySelectorAll('thead th');
        headers.forEach(function (th, col) {
          th.addEventListener('click', function () {
            var numeric = th.getAttribute('data-type') === 'number';
            var asc = !th.classList.contains('sorted-asc');
            headers.forEach(function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
            th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows).map(function (r, i) { return [r, i]; });
            rows.sort(function (a, b) {
              var x = key(a[0].cells[col], numeric), y = key(b[0].cells[col], numeric);
              var c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y);
              if (c === 0) c = a[1] - b[1];
              return asc ? c : -c;
            });
            rows.forEach(function (r) { body.appendChild(r[0]); });
          });
        });
      });
    })();
    """
}
