/// The app page, its style and its script: served from `/`, `/app.css` and `/app.js`, no
/// inline script (the Content-Security-Policy allows only `'self'`), nothing from outside.
/// The report itself is the page of `wijknet report`, shown in a frame of this one.
///
/// The page carries the session secret in a `<meta>` (``RequestGate``): its script sends it
/// with every call in the `X-Wijknet-Session` header, and as `session=` in the few URLs the
/// browser loads itself (the report's frame, the ego image, the download links). Another
/// origin cannot read the page, so it cannot send the secret.
enum Page {
    /// - Parameter session: the session secret (hex digits: nothing to escape).
    static func html(uploadLimit: Int, session: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="wijknet-session" content="\(session)">
        <title>Wijknet</title>
        <link rel="stylesheet" href="/app.css">
        <script src="/app.js" defer></script>
        </head>
        <body data-upload-limit="\(uploadLimit)">
        <header class="bar"><h1>Wijknet</h1><p>Het ecosysteem rond jongeren in de wijk · draait alleen op deze computer; de bestanden verlaten hem niet.</p></header>
        <main>
        <section id="files" aria-label="Bestanden">
          <div class="drop" data-slot="log" id="drop-log"><strong>1. Contactlog</strong> <span class="hint">CSV of .xlsx (of een netwerk uit GraphML, GEXF, JSON of Kumu) — sleep het bestand hierheen of kies het</span>
            <input type="file" id="file-log" data-slot="log" accept=".csv,.tsv,.txt,.xlsx,.graphml,.gexf,.json,.xml"><span class="name" id="name-log"></span>
            <button type="button" class="forget" id="forget-log" data-slot="log" hidden>verwijderen</button></div>
          <div class="drop" data-slot="actors" id="drop-actors"><strong>2. Actoren</strong> <span class="hint">(optioneel) CSV of .xlsx</span>
            <input type="file" id="file-actors" data-slot="actors" accept=".csv,.tsv,.txt,.xlsx"><span class="name" id="name-actors"></span>
            <button type="button" class="forget" id="forget-actors" data-slot="actors" hidden>verwijderen</button></div>
          <div class="drop" data-slot="goals" id="drop-goals"><strong>3. Doelen</strong> <span class="hint">(optioneel) goals.toml</span>
            <input type="file" id="file-goals" data-slot="goals" accept=".toml,.txt"><span class="name" id="name-goals"></span>
            <button type="button" class="forget" id="forget-goals" data-slot="goals" hidden>verwijderen</button></div>
        </section>
        <details id="mapping"><summary>Kolommen koppelen (als de kopjes niet herkend worden)</summary>
          <p class="hint">Kies per Wijknet-kolom het kopje uit uw bestand; leeg: de gewone naam (datum/date, van/source, …).</p>
          <div class="mapgrid" id="mapping-log" data-file="log"></div>
          <div class="mapgrid" id="mapping-actors" data-file="actors"></div>
          <button type="button" id="apply-mapping">Koppelen en opnieuw lezen</button>
        </details>
        <section id="problems" hidden>
          <h2>Problemen in de bestanden</h2>
          <p id="problems-summary"></p>
          <ul id="problem-list"></ul>
          <label><input type="checkbox" id="skip"> Sla de foute regels over en maak het rapport met de rest</label>
        </section>
        <form id="controls" autocomplete="off">
          <fieldset><legend>Periode</legend>
            <label>van <input type="date" id="from" name="from"></label> <label>tot en met <input type="date" id="to" name="to"></label></fieldset>
          <fieldset><legend>Wijk</legend>
            <label>alleen <select id="neighbourhood" name="neighbourhood"><option value="">alle wijken</option></select></label>
            <label>naast elkaar <select id="by" name="by"><option value="">niet</option><option value="neighbourhood">per wijk</option><option value="municipality">per gemeente</option></select></label></fieldset>
          <fieldset><legend>Voor / na</legend>
            <label>voor <input type="date" id="beforeFrom"> – <input type="date" id="beforeTo"></label>
            <label>na <input type="date" id="afterFrom"> – <input type="date" id="afterTo"></label></fieldset>
          <fieldset><legend>Taal</legend>
            <select id="lang" name="lang"><option value="">van de log</option><option value="nl">Nederlands</option><option value="en">English</option></select></fieldset>
          <button type="submit" id="make">Rapport maken</button>
        </form>
        <p id="status" role="status" aria-live="polite">Sleep een contactlog hierboven in om te beginnen.</p>
        <p id="error" role="alert" hidden></p>
        <p id="notes" class="hint"></p>
        <nav id="downloads" hidden aria-label="Downloads"><strong>Downloaden:</strong>
          <a data-file="report.html">rapport (HTML)</a> <a data-file="domains.svg">domeinen (SVG)</a> <a data-file="gaps.svg">gaten (SVG)</a>
          <a data-file="partners.svg">partners (SVG)</a> <a data-file="wijknet.graphml">GraphML</a> <a data-file="wijknet.gexf">GEXF</a>
          <a data-file="wijknet.json">JSON</a> <a data-file="nodes.csv">nodes.csv</a> <a data-file="edges.csv">edges.csv</a></nav>
        <section id="ego" hidden><h2 id="ego-title"></h2>
          <p><a id="ego-download">ego-diagram downloaden (SVG)</a> · <button type="button" id="ego-close">sluiten</button></p>
          <img id="ego-img" alt="ego-diagram"></section>
        <iframe id="report" title="Rapport" hidden></iframe>
        </main>
        </body>
        </html>

        """
    }

    static let css = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0; color: #1d2433; background: #f5f6f8; }
    .bar { background: #1d3557; color: white; padding: 0.6rem 1.2rem; }
    .bar h1 { margin: 0; font-size: 1.4rem; } .bar p { margin: 0.2rem 0 0; opacity: 0.85; font-size: 0.9rem; }
    main { padding: 0.8rem 1.2rem; }
    #files { display: flex; gap: 0.8rem; flex-wrap: wrap; }
    .drop { flex: 1 1 16rem; border: 2px dashed #8a94a6; border-radius: 8px; padding: 0.7rem; background: white; }
    .drop.over { border-color: #0072B2; background: #eaf3fb; } .drop.done { border-style: solid; border-color: #009E73; }
    .drop input { display: block; margin-top: 0.4rem; } .name { font-weight: 600; color: #006b4f; }
    .hint { color: #5a6275; font-size: 0.85rem; }
    details, #problems, #controls, #ego { background: white; border-radius: 8px; padding: 0.6rem 0.8rem; margin-top: 0.8rem; }
    .mapgrid { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.3rem 0.8rem; margin: 0.4rem 0; }
    #problem-list { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; white-space: pre-wrap; max-height: 18rem; overflow: auto; }
    #problem-list li { margin-bottom: 0.3rem; }
    #controls { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: flex-end; }
    fieldset { border: 1px solid #d5d9e0; border-radius: 6px; } legend { font-size: 0.85rem; color: #5a6275; }
    button { font: inherit; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid #1d3557; background: #1d3557; color: white; cursor: pointer; }
    #ego-close, .forget { background: white; color: #1d3557; } .forget { font-size: 0.8rem; padding: 0.1rem 0.5rem; margin-left: 0.4rem; }
    #status { margin: 0.8rem 0 0.4rem; } #status.busy::before { content: "⏳ "; }
    #error { color: #9b1c1c; background: #fdecec; border-radius: 6px; padding: 0.5rem 0.8rem; white-space: pre-wrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; }
    #downloads a { margin-right: 0.7rem; }
    #ego img { max-width: 100%; height: auto; border: 1px solid #d5d9e0; }
    iframe#report { width: 100%; min-height: 70vh; border: 1px solid #d5d9e0; border-radius: 8px; background: white; margin-top: 0.6rem; }
    """

    static let script = #"""
    'use strict';
    (function () {
      var session = (document.querySelector('meta[name="wijknet-session"]') || {}).content || '';
      var limit = parseInt(document.body.getAttribute('data-upload-limit'), 10);
      var $ = function (id) { return document.getElementById(id); };
      var uploaded = {};
      var headers = { log: [], actors: [] };
      var logColumns = ['date', 'source', 'target', 'about', 'place', 'type', 'weight'];
      var actorColumns = ['id', 'name', 'kind', 'domain', 'organisation', 'neighbourhood', 'municipality', 'ordinary'];
      var busyTimer = null, started = 0, pageStage = '';

      // The query string, every value with encodeURIComponent (a space as %20: the server does not read '+' as a space).
      function query(extra) {
        var p = [];
        ['from', 'to', 'beforeFrom', 'beforeTo', 'afterFrom', 'afterTo', 'lang', 'neighbourhood', 'by'].forEach(function (id) {
          if ($(id).value) p.push([id, $(id).value]);
        });
        if ($('skip').checked) p.push(['skip', '1']);
        var c = mapping('log', logColumns), a = mapping('actors', actorColumns);
        if (c) p.push(['columns', c]);
        if (a) p.push(['actorColumns', a]);
        Object.keys(extra || {}).forEach(function (k) { p.push([k, extra[k]]); });
        return p.map(function (kv) { return encodeURIComponent(kv[0]) + '=' + encodeURIComponent(kv[1]); }).join('&');
      }
      function url(path, extra) { var q = query(extra); return q ? path + '?' + q : path; }
      // A URL the browser loads itself (frame, image, download link): no header, so the session secret goes in it.
      function link(path, extra) {
        var u = url(path, extra);
        return u + (u.indexOf('?') < 0 ? '?' : '&') + 'session=' + encodeURIComponent(session);
      }
      // Every call to the server carries the session secret in its header: the server answers no other.
      function send(path, options) {
        var o = options || {};
        var h = o.headers || {};
        h['X-Wijknet-Session'] = session;
        o.headers = h;
        return fetch(path, o);
      }

      function status(text, busy) {
        $('status').textContent = text;
        $('status').className = busy ? 'busy' : '';
      }
      // An error hides the report of the files before, so no one reads an old report as the new one.
      function showError(text) {
        $('error').hidden = !text; $('error').textContent = text || '';
        if (text) { $('report').hidden = true; $('downloads').hidden = true; $('ego').hidden = true; $('notes').textContent = ''; }
      }

      function busy(on) {
        if (busyTimer) { clearInterval(busyTimer); busyTimer = null; }
        pageStage = '';
        if (!on) return;
        started = performance.now();
        busyTimer = setInterval(function () {
          send('/progress').then(function (r) { return r.json(); }).then(function (p) {
            if (!busyTimer) return;
            var s = ((performance.now() - started) / 1000).toFixed(1);
            var stage = p.stage || pageStage;
            status('Bezig' + (stage ? ': ' + stage : '') + ' … ' + s + ' s', true);
          }).catch(function () {});
        }, 250);
      }

      // Mapping form: one select per Wijknet column, filled with the headers of the upload.
      function buildMapping(file) {
        var names = file === 'log' ? logColumns : actorColumns;
        var box = $('mapping-' + file);
        box.textContent = '';
        if (!uploaded[file]) return;
        names.forEach(function (n) {
          var label = document.createElement('label');
          label.textContent = (file === 'log' ? 'log ' : 'actoren ') + n + ' ';
          var sel = document.createElement('select');
          sel.id = 'map-' + file + '-' + n;
          var none = document.createElement('option'); none.value = ''; none.textContent = '(gewone naam)'; sel.appendChild(none);
          headers[file].forEach(function (h) { var o = document.createElement('option'); o.value = h; o.textContent = h; sel.appendChild(o); });
          label.appendChild(sel);
          box.appendChild(label);
        });
      }
      function mapping(file, names) {
        return names.map(function (n) {
          var sel = $('map-' + file + '-' + n);
          return sel && sel.value ? n + '=' + sel.value : null;
        }).filter(Boolean).join(',');
      }

      function upload(slot, file) {
        if (!file) return;
        if (file.size > limit) {
          showError(file.name + ' is groter dan de uploadlimiet van ' + Math.round(limit / 1048576) + ' MB (start wijknet serve met --upload-limit MB).');
          return;
        }
        status('Bezig met uploaden van ' + file.name + ' …', true);
        send('/upload/' + slot, {
          method: 'POST', body: file, headers: { 'X-File-Name': encodeURIComponent(file.name) }
        }).then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); }).then(function (res) {
          if (!res.ok) { status(''); showError(res.j.error); return; }
          uploaded[slot] = res.j.name;
          if (headers[slot]) headers[slot] = res.j.headers;
          $('name-' + slot).textContent = ' ' + res.j.name + ' (' + res.j.bytes + ' bytes)';
          $('drop-' + slot).classList.add('done');
          $('forget-' + slot).hidden = false;
          buildMapping('log'); buildMapping('actors');
          if (uploaded.log) refresh(); else status('Nu nog de contactlog.');
        }).catch(function () { status(''); showError('De upload is mislukt: de server antwoordt niet.'); });
      }

      // The file of a slot taken out again (a wrong actors or goals file): the server forgets it.
      function forget(slot) {
        send('/forget/' + slot, { method: 'POST' }).then(function (r) {
          if (!r.ok) { showError('De server kon ' + slot + ' niet vergeten.'); return; }
          delete uploaded[slot];
          if (headers[slot]) headers[slot] = [];
          $('name-' + slot).textContent = '';
          $('drop-' + slot).classList.remove('done');
          $('forget-' + slot).hidden = true;
          if (headers[slot]) buildMapping(slot);
          if (uploaded.log) refresh(); else { showError(''); $('report').hidden = true; $('downloads').hidden = true; status('Sleep een contactlog hierboven in om te beginnen.'); }
        }).catch(function () { showError('De server antwoordt niet.'); });
      }

      function listProblems(problems, lines) {
        var ul = $('problem-list');
        ul.textContent = '';
        (problems.length ? problems.map(function (p) { return p.text; }) : lines).forEach(function (t) {
          var li = document.createElement('li'); li.textContent = t; ul.appendChild(li);
        });
      }

      function fillNeighbourhoods(names) {
        var sel = $('neighbourhood'), keep = sel.value;
        while (sel.options.length > 1) sel.remove(1);
        names.forEach(function (n) { var o = document.createElement('option'); o.value = n; o.textContent = n; sel.appendChild(o); });
        sel.value = names.indexOf(keep) >= 0 ? keep : '';
      }

      // 1. validate; 2. the report, when the files are good or the bad rows are skipped.
      function refresh() {
        if (!uploaded.log) { status('Sleep eerst een contactlog in.'); return; }
        showError('');
        $('ego').hidden = true;
        busy(true);
        var t0 = performance.now();
        status('Bezig met controleren …', true);
        send(url('/validate')).then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); }).then(function (v) {
          if (!v.ok) {
            busy(false); status('');
            $('problems').hidden = false;
            $('problems-summary').textContent = 'Het bestand kan niet gelezen worden:';
            listProblems(v.j.problems, [v.j.error]);
            showError(v.j.error);
            if (/column|kolom|header/i.test(v.j.error)) $('mapping').open = true;
            return;
          }
          fillNeighbourhoods(v.j.neighbourhoods || []);
          $('problems').hidden = !v.j.failed;
          if (v.j.failed) {
            $('problems-summary').textContent = v.j.lines.slice(-2).join(' ');
            listProblems(v.j.problems, v.j.lines);
            if (!$('skip').checked) {
              busy(false);
              status('Er zijn problemen in de bestanden (zie hierboven). Herstel ze, of kies "sla de foute regels over".');
              showError(v.j.problems.length ? v.j.problems[0].text : v.j.lines.join('\n'));
              return;
            }
          }
          // The server makes the report and answers its size only; the frame then loads it once.
          return send(url('/report', { prepare: '1' })).then(function (r) {
            if (r.ok) { showReport(link('/report'), t0, v.j.notes); return; }
            return r.json().then(function (j) { busy(false); status(''); showError(j.error); });
          });
        }).catch(function (e) { busy(false); status(''); showError('De server antwoordt niet (' + e + ').'); });
      }

      function showReport(reportURL, t0, notes) {
        var frame = $('report');
        frame.onload = function () {
          busy(false);
          var ms = Math.round(performance.now() - t0);
          document.body.setAttribute('data-report-ms', String(ms));
          status('Rapport klaar in ' + (ms / 1000).toFixed(2) + ' s. Klik op een partner of plek in een tabel voor zijn ego-diagram.');
          $('notes').textContent = (notes || []).join(' ');
          frame.style.height = Math.max(600, frame.contentDocument.documentElement.scrollHeight + 20) + 'px';
          linkActors(frame.contentDocument);
        };
        frame.hidden = false;
        pageStage = 'het rapport tonen';
        frame.src = reportURL;
        document.querySelectorAll('#downloads a').forEach(function (a) { a.href = link('/download/' + a.getAttribute('data-file')); a.setAttribute('download', a.getAttribute('data-file')); });
        $('downloads').hidden = false;
      }

      // Partners and places in the report's tables open their ego diagram on a click.
      function linkActors(doc) {
        send(url('/actors')).then(function (r) { return r.ok ? r.json() : []; }).then(function (list) {
          var byLabel = {};
          list.forEach(function (a) { if (!(a.label in byLabel)) byLabel[a.label] = a; });
          doc.querySelectorAll('tbody td').forEach(function (td) {
            var a = byLabel[td.textContent.trim()];
            if (!a) return;
            td.setAttribute('data-actor', a.id);
            td.style.cursor = 'pointer';
            td.style.textDecoration = 'underline dotted';
            td.title = 'ego-diagram van ' + a.label;
            td.addEventListener('click', function (e) { e.stopPropagation(); openEgo(a); });
          });
          document.body.setAttribute('data-linked', String(doc.querySelectorAll('td[data-actor]').length));
        });
      }

      function openEgo(a) {
        var src = link('/diagram/ego', { actor: a.id });
        $('ego-title').textContent = (a.kind === 'place' ? 'Plek: ' : 'Partner: ') + a.label;
        $('ego-download').href = link('/download/ego.svg', { actor: a.id });
        $('ego-download').setAttribute('download', 'ego.svg');
        var img = $('ego-img');
        img.onerror = function () {
          send(src).then(function (r) { return r.json(); }).then(function (j) { showError(j.error); }).catch(function () {});
        };
        img.src = src;
        $('ego').hidden = false;
        $('ego').scrollIntoView();
      }

      document.querySelectorAll('.drop').forEach(function (zone) {
        var slot = zone.getAttribute('data-slot');
        zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
        zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
        zone.addEventListener('drop', function (e) {
          e.preventDefault(); zone.classList.remove('over');
          if (e.dataTransfer.files.length) upload(slot, e.dataTransfer.files[0]);
        });
        $('file-' + slot).addEventListener('change', function (e) { upload(slot, e.target.files[0]); e.target.value = ''; });
        $('forget-' + slot).addEventListener('click', function (e) { e.stopPropagation(); forget(slot); });
      });
      $('controls').addEventListener('submit', function (e) { e.preventDefault(); refresh(); });
      $('skip').addEventListener('change', refresh);
      $('apply-mapping').addEventListener('click', refresh);
      $('ego-close').addEventListener('click', function () { $('ego').hidden = true; });
    })();
    """#
}
