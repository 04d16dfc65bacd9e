/// The app page, its style and its script: served from `/`, `/app.css` and `/app.js`, no
/// inline script (the Content-Security-Policy allows only `'self'`), nothing from outside.
/// The report itself is the page of `wijknet report`, shown in a frame of this one.
///
/// The page carries the session secret in a `<meta>` (``RequestGate``): its script sends it
/// with every call in the `X-Wijknet-Session` header, and as `session=` in the few URLs the
/// browser loads itself (the report's frame, the ego image, the download links). Another
/// origin cannot read the page, so it cannot send the secret.
enum Page {
    /// - Parameters:
    ///   - session: the session secret (hex digits: nothing to escape).
    ///   - workspace: the workspace folder the uploads are kept in, `nil` when the server
    ///     forgets them at its stop (the page says which).
    ///   - lookup: whether the pseudonym lookup field is there (only on this machine).
    static func html(uploadLimit: Int, session: String, workspace: String? = nil, lookup: Bool = true) -> String {
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
        <header class="bar"><button type="button" id="stop" class="stop">Wijknet stoppen</button><h1>Wijknet</h1><p>Het ecosysteem rond jongeren in de wijk · draait alleen op deze computer; de bestanden verlaten hem niet.</p></header>
        <main>
        <p id="keeping" class="keeping">\(keeping(workspace))</p>
        <section id="files" aria-label="Bestanden">
          <div class="drop" data-slot="log" id="drop-log"><strong>1. Contactlog</strong> <span class="hint">CSV of .xlsx (of een netwerk uit GraphML, GEXF, JSON of Kumu) — sleep het bestand hierheen of kies het</span>
            <input type="file" id="file-log" data-slot="log" accept=".csv,.tsv,.txt,.xlsx,.graphml,.gexf,.json,.xml"><span class="name" id="name-log"></span>
            <button type="button" class="forget" id="forget-log" data-slot="log" hidden>verwijderen</button></div>
          <div class="drop" data-slot="actors" id="drop-actors"><strong>2. Actoren</strong> <span class="hint">(optioneel) CSV of .xlsx</span>
            <input type="file" id="file-actors" data-slot="actors" accept=".csv,.tsv,.txt,.xlsx"><span class="name" id="name-actors"></span>
            <button type="button" class="forget" id="forget-actors" data-slot="actors" hidden>verwijderen</button></div>
          <div class="drop" data-slot="goals" id="drop-goals"><strong>3. Doelen</strong> <span class="hint">(optioneel) een doelenbestand (.toml), of maak de doelen hieronder</span>
            <input type="file" id="file-goals" data-slot="goals" accept=".toml,.txt"><span class="name" id="name-goals"></span>
            <button type="button" class="forget" id="forget-goals" data-slot="goals" hidden>verwijderen</button></div>
          <div class="drop" data-slot="survey" id="drop-survey"><strong>4. Partnerenquête</strong> <span class="hint">(optioneel) de antwoorden van de partners, CSV of .xlsx; de partners staan in het actorenbestand</span>
            <input type="file" id="file-survey" data-slot="survey" accept=".csv,.tsv,.txt,.xlsx"><span class="name" id="name-survey"></span>
            <button type="button" class="forget" id="forget-survey" data-slot="survey" hidden>verwijderen</button></div>
        </section>
        <details id="mapping"><summary>Kolommen koppelen (als de kopjes niet herkend worden)</summary>
          <p class="hint" id="mapping-hint">Kies bij elk gegeven het kopje uit uw bestand; leeg: het gewone kopje (datum, van, naar, …).</p>
          <div class="mapgrid" id="mapping-log" data-file="log"></div>
          <div class="mapgrid" id="mapping-actors" data-file="actors"></div>
          <button type="button" id="apply-mapping">Koppelen en opnieuw lezen</button>
        </details>
        \(goalsEditor)
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
            <select id="lang" name="lang"><option value="">Nederlands (standaard)</option><option value="nl">Nederlands</option><option value="en">Engels</option></select></fieldset>
          <button type="submit" id="make">Rapport maken</button>
        </form>
        <p id="status" role="status" aria-live="polite">Sleep een contactlog hierboven in om te beginnen.</p>
        <p id="error" role="alert" hidden></p>
        <p id="notes" class="hint"></p>
        <nav id="downloads" hidden aria-label="Downloads"><strong>Downloaden:</strong>
          <a data-file="report.html">rapport (HTML)</a> <a data-file="domains.svg">domeinen (SVG)</a> <a data-file="gaps.svg">gaten (SVG)</a>
          <a data-file="partners.svg">partners (SVG)</a> <a data-file="wijknet.graphml">GraphML</a> <a data-file="wijknet.gexf">GEXF</a>
          <a data-file="wijknet.json">JSON</a> <a data-file="nodes.csv">knopen (CSV)</a> <a data-file="edges.csv">banden (CSV)</a></nav>
        <section id="ego" hidden><h2 id="ego-title"></h2>
          <p><a id="ego-download">ego-diagram downloaden (SVG)</a> · <button type="button" id="ego-close">sluiten</button></p>
          <img id="ego-img" alt="ego-diagram"></section>
        \(lookup ? lookupSection : "")
        <iframe id="report" title="Rapport" hidden></iframe>
        </main>
        </body>
        </html>

        """
    }

    /// What the page says about keeping the files: where, and that *Verwijderen* empties the
    /// workspace; or that it forgets them when Wijknet stops.
    static func keeping(_ workspace: String?) -> String {
        guard let workspace else {
            return "Deze pagina vergeet de bestanden zodra Wijknet stopt: ze staan alleen in een tijdelijke map."
        }
        return "De bestanden, de koppeling, de doelen en de sleutel van de pseudoniemen blijven bewaard op deze computer, "
            + "in de werkmap <code>\(escaped(workspace))</code>, ook als u de pagina opnieuw laadt of Wijknet opnieuw start. "
            + "<button type=\"button\" id=\"clear\" class=\"forget\">Verwijderen</button> haalt de bestanden, de koppeling en de doelen "
            + "weg (de sleutel blijft, zodat een jongere hetzelfde pseudoniem houdt)."
    }

    /// The pseudonym lookup: a pseudonym of the report in, the young person's name out — shown
    /// in this page only, on this machine, never in the report.
    static let lookupSection = """
    <section id="lookup" aria-label="Pseudoniem opzoeken"><h2>Wie is dit?</h2>
      <form id="lookup-form" autocomplete="off"><label>Pseudoniem uit het rapport <input id="lookup-input" placeholder="J-3a04bccc" size="14"></label>
      <button type="submit" id="lookup-go">Opzoeken</button></form>
      <p id="lookup-result" aria-live="polite"></p>
      <p class="hint">Voor wie deze jongeren kent. De naam verschijnt alleen hier, op deze computer, en verdwijnt bij de volgende zoekvraag; hij staat nooit in het rapport of in een download.</p>
    </section>
    """

    /// The goals editor: goals made by choosing partners, places and domains from lists (filled
    /// from the report's partners and places), a measure and a target; it writes the goals file
    /// (`doelen.toml`, the TOML of `wijknet goals`) into the workspace's goals slot.
    static let goalsEditor = """
    <details id="goals-editor"><summary>Doelen maken (zonder doelenbestand)</summary>
      <p class="hint">Kies partners, plekken en domeinen uit de lijsten; die vullen zich zodra er een rapport is. Een doel geldt per periode van het rapport.</p>
      <div class="goalform">
        <label>Naam van het doel <input id="goal-name" size="30"></label>
        <label>Wat meten we <select id="goal-measure">
          <option value="tie">een directe band tussen twee partners</option>
          <option value="contacts">het aantal contacten tussen twee partners of domeinen</option>
          <option value="youth_share">het aandeel jongeren dat partners uit elk gekozen domein kent (%)</option>
          <option value="fragmented_share">het aandeel jongeren met versnipperde hulp (%)</option>
          <option value="signal_followup">het aandeel signalen dat op tijd in een ander domein opgevolgd is (%)</option>
          <option value="metric">een maat van één partner</option></select></label>
        <span class="for" data-for="tie contacts"><label>tussen <select id="goal-a"></select></label> <label>en <select id="goal-b"></select></label></span>
        <span class="for" data-for="youth_share">domeinen <label><input type="checkbox" class="goal-domain" value="social"> sociaal</label>
          <label><input type="checkbox" class="goal-domain" value="care"> zorg</label> <label><input type="checkbox" class="goal-domain" value="safety"> veiligheid</label></span>
        <span class="for" data-for="signal_followup"><label>binnen <input type="number" id="goal-days" value="14" min="0" size="4"> dagen</label></span>
        <span class="for" data-for="metric"><label>partner <select id="goal-actor"></select></label> <label>maat <select id="goal-metric">
          <option value="degree">aantal banden</option><option value="strength">aantal contacten</option>
          <option value="betweenness">tussenpositie</option><option value="closeness">nabijheid</option>
          <option value="harmonic">harmonische nabijheid</option><option value="pagerank">PageRank</option>
          <option value="constraint">beperking door het eigen netwerk (Burt)</option>
          <option value="brokerage_total">makelaarsrollen samen</option><option value="liaison">verbinder tussen twee andere domeinen</option></select></label></span>
        <label>alleen bij <select id="goal-scope"><option value="">de hele wijk</option></select></label>
        <span class="for" data-for="contacts youth_share fragmented_share signal_followup metric"><select id="goal-direction">
          <option value="at_least">minstens</option><option value="at_most">hoogstens</option></select>
          <input id="goal-target" inputmode="decimal" size="6" placeholder="12"></span>
        <button type="button" id="goal-add">Doel toevoegen</button>
      </div>
      <p id="goal-problem" class="hint" role="alert"></p>
      <ol id="goal-list"></ol>
      <button type="button" id="goals-save">Doelen bewaren en in het rapport zetten</button>
    </details>
    """

    /// `text` safe inside HTML.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
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
    .bar .stop { float: right; background: white; color: #1d3557; font-size: 0.85rem; }
    .keeping { font-size: 0.9rem; margin: 0 0 0.6rem; } .keeping code { font-size: 0.85rem; }
    .detail { display: block; color: #5a6275; font-size: 0.8rem; margin-top: 0.2rem; }
    #lookup { background: white; border-radius: 8px; padding: 0.6rem 0.8rem; margin-top: 0.8rem; } #lookup h2 { font-size: 1rem; margin: 0 0 0.3rem; }
    #lookup-result { font-weight: 600; }
    .goalform { display: flex; flex-wrap: wrap; gap: 0.4rem 0.9rem; align-items: center; margin: 0.4rem 0; }
    #goal-list li { margin-bottom: 0.2rem; } #goal-list button { margin-left: 0.5rem; }
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
      // The mapping form's labels: what each Wijknet column holds, in the page's words.
      var labels = {
        log: { date: 'datum', source: 'van (partner)', target: 'naar / met', about: 'over (jongere)', place: 'plek', type: 'soort contact', weight: 'gewicht' },
        actors: { id: 'id', name: 'naam', kind: 'soort', domain: 'domein', organisation: 'organisatie', neighbourhood: 'wijk', ordinary: 'voorveld', municipality: 'gemeente' }
      };
      var slotNames = { log: 'de contactlog', actors: 'het actorenbestand', goals: 'het doelenbestand', survey: 'de partnerenquête' };
      var startText = 'Sleep een contactlog hierboven in om te beginnen.';

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
      // A sentence of the server into `el`: its Dutch text, and the library's English wording
      // (when there is one) below it, marked as English.
      function say(el, text, detail) {
        el.textContent = text || '';
        if (detail) {
          var d = document.createElement('span');
          d.className = 'detail'; d.textContent = detail;
          el.appendChild(d);
        }
      }
      // An error hides the report of the files before, so no one reads an old report as the new one.
      function showError(text, detail) {
        $('error').hidden = !text; say($('error'), text, detail);
        if (text) { $('report').hidden = true; $('downloads').hidden = true; $('ego').hidden = true; $('notes').textContent = ''; }
      }
      function showNotes(notes) {
        var box = $('notes');
        box.textContent = '';
        (notes || []).forEach(function (n) { var p = document.createElement('span'); p.className = 'note'; say(p, n.text + ' ', n.detail); box.appendChild(p); });
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

      // Mapping form: one select per Wijknet column, filled with the headers of the upload and
      // set to `chosen` (Wijknet name -> header: the mapping applied before, or the server's).
      function buildMapping(file, chosen) {
        var names = file === 'log' ? logColumns : actorColumns;
        var box = $('mapping-' + file);
        box.textContent = '';
        if (!uploaded[file]) return;
        names.forEach(function (n) {
          var label = document.createElement('label');
          label.textContent = (file === 'log' ? 'contactlog: ' : 'actoren: ') + labels[file][n] + ' ';
          var sel = document.createElement('select');
          sel.id = 'map-' + file + '-' + n;
          var none = document.createElement('option'); none.value = ''; none.textContent = '(gewoon kopje)'; sel.appendChild(none);
          var options = headers[file].slice();
          if (chosen && chosen[n] && options.indexOf(chosen[n]) < 0) options.push(chosen[n]);
          options.forEach(function (h) { var o = document.createElement('option'); o.value = h; o.textContent = h; sel.appendChild(o); });
          sel.value = (chosen && chosen[n]) || '';
          label.appendChild(sel);
          box.appendChild(label);
        });
      }
      // "date=Datum,source=Medewerker" -> { date: 'Datum', source: 'Medewerker' }.
      function parseMapping(text) {
        var out = {};
        (text || '').split(',').forEach(function (pair) {
          var i = pair.indexOf('=');
          if (i > 0) out[pair.slice(0, i)] = pair.slice(i + 1);
        });
        return out;
      }
      // The mapping in the form, kept by the server for the next load of the page.
      function saveMapping() {
        var body = JSON.stringify({ columns: mapping('log', logColumns) || null, actorColumns: mapping('actors', actorColumns) || null });
        return send('/mapping', { method: 'POST', body: body, headers: { 'Content-Type': 'application/json' } }).catch(function () {});
      }
      // A slot shown as holding `name` of `bytes` bytes.
      function showUpload(slot, name, bytes) {
        uploaded[slot] = name;
        $('name-' + slot).textContent = ' ' + name + ' (' + bytes.toLocaleString('nl-NL') + ' bytes)';
        $('drop-' + slot).classList.add('done');
        $('forget-' + slot).hidden = false;
      }
      function hasKeys(o) { return !!o && Object.keys(o).length > 0; }
      function mapping(file, names) {
        return names.map(function (n) {
          var sel = $('map-' + file + '-' + n);
          return sel && sel.value ? n + '=' + sel.value : null;
        }).filter(Boolean).join(',');
      }

      // `then`: what to do once the server has the file, before the report is made again.
      function upload(slot, file, then) {
        if (!file) return;
        if (file.size > limit) {
          showError(file.name + ' is groter dan ' + Math.round(limit / 1048576) + ' MB, de grens die deze Wijknet voor één bestand aanhoudt. Kies een kleiner bestand (bijvoorbeeld één jaar), of vraag wie Wijknet beheert de grens te verhogen.');
          return;
        }
        status('Bezig met uploaden van ' + file.name + ' …', true);
        send('/upload/' + slot, {
          method: 'POST', body: file, headers: { 'X-File-Name': encodeURIComponent(file.name) }
        }).then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); }).then(function (res) {
          if (!res.ok) { status(''); showError(res.j.error, res.j.detail); return; }
          showUpload(slot, res.j.name, res.j.bytes);
          var next = then ? then() : Promise.resolve();
          if (headers[slot]) {
            headers[slot] = res.j.headers;
            buildMapping(slot, res.j.suggested);
            if (hasKeys(res.j.suggested)) {
              $('mapping').open = true;
              $('mapping-hint').textContent = 'Wijknet herkende de kopjes van ' + res.j.name + ' niet zelf en heeft ze zo gekoppeld; controleer de koppeling en kies zo nodig een ander kopje.';
            }
            next = saveMapping();
          }
          next.then(function () { if (uploaded.log) refresh(); else status('Nu nog de contactlog.'); });
        }).catch(function () { status(''); showError('Het bestand kwam niet aan: de server antwoordt niet.'); });
      }

      // The file of a slot taken out again (a wrong actors or goals file): the server forgets it.
      function forget(slot) {
        send('/forget/' + slot, { method: 'POST' }).then(function (r) {
          if (!r.ok) { showError('De server kon ' + slotNames[slot] + ' niet weghalen. Probeer het nog eens.'); return; }
          emptySlot(slot);
          if (uploaded.log) refresh(); else { showError(''); $('report').hidden = true; $('downloads').hidden = true; status(startText); }
        }).catch(function () { showError('De server antwoordt niet.'); });
      }
      function emptySlot(slot) {
        delete uploaded[slot];
        $('name-' + slot).textContent = '';
        $('drop-' + slot).classList.remove('done');
        $('forget-' + slot).hidden = true;
        if (headers[slot]) { headers[slot] = []; buildMapping(slot); }
      }

      // Verwijderen: the workspace emptied (the uploads, the mapping, the goals), the page as at its first start.
      function clearAll() {
        if (!window.confirm('De bestanden, de koppeling en de doelen van deze werkmap verwijderen?')) return;
        send('/clear', { method: 'POST' }).then(function (r) {
          if (!r.ok) { showError('De werkmap kon niet leeggemaakt worden. Probeer het nog eens.'); return; }
          ['log', 'actors', 'goals', 'survey'].forEach(emptySlot);
          goals = []; listGoals();
          showError(''); $('report').hidden = true; $('downloads').hidden = true; $('problems').hidden = true; $('notes').textContent = '';
          $('mapping').open = false;
          document.body.setAttribute('data-cleared', '1');
          status('De werkmap is leeg. ' + startText);
        }).catch(function () { showError('De server antwoordt niet.'); });
      }

      // After a reload or a restart: the files, the mapping and the goals the workspace kept.
      function restore() {
        send('/state').then(function (r) { return r.json(); }).then(function (st) {
          var ups = st.uploads || {};
          Object.keys(ups).forEach(function (slot) {
            showUpload(slot, ups[slot].name, ups[slot].bytes);
            if (headers[slot]) headers[slot] = ups[slot].headers || [];
          });
          var log = st.columns ? parseMapping(st.columns) : (ups.log && ups.log.suggested);
          if (ups.log) buildMapping('log', log);
          if (ups.actors) buildMapping('actors', st.actorColumns ? parseMapping(st.actorColumns) : null);
          if (st.editorGoals) { try { goals = JSON.parse(st.editorGoals) || []; } catch (e) { goals = []; } listGoals(); }
          document.body.setAttribute('data-restored', String(Object.keys(ups).length));
          if (uploaded.log) refresh(); else if (uploaded.actors || uploaded.goals || uploaded.survey) status('Nu nog de contactlog.');
        }).catch(function () {});
      }

      // The pseudonym lookup: the name shows here only, until the next question.
      function lookup(e) {
        e.preventDefault();
        var out = $('lookup-result');
        out.textContent = '';
        var wanted = $('lookup-input').value.trim();
        if (!wanted) return;
        send('/lookup', { method: 'POST', body: wanted, headers: { 'Content-Type': 'text/plain' } })
          .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, j: j }; }); }).then(function (res) {
            if (!res.ok) { say(out, res.j.error, res.j.detail); return; }
            out.textContent = res.j.pseudonym + ' is ' + (res.j.name || '(geen naam in het actorenbestand)') + ' (id ' + res.j.id + ').';
          }).catch(function () { out.textContent = 'De server antwoordt niet.'; });
      }

      function listProblems(problems, lines) {
        var ul = $('problem-list');
        ul.textContent = '';
        (problems.length ? problems : lines.map(function (t) { return { text: t }; })).forEach(function (p) {
          var li = document.createElement('li'); say(li, p.text, p.detail); ul.appendChild(li);
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
            listProblems(v.j.problems || [], [v.j.error]);
            showError(v.j.error, v.j.detail);
            // A problem in the first line (the headers): the mapping form is the way out.
            if ((v.j.problems || []).some(function (p) { return p.line === 1; })) $('mapping').open = true;
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
              if (v.j.problems.length) showError(v.j.problems[0].text, v.j.problems[0].detail); else showError(v.j.lines.join('\n'));
              return;
            }
          }
          // The server makes the report and answers its size only; the frame then loads it once.
          return send(url('/report', { prepare: '1' })).then(function (r) {
            if (r.ok) { showReport(link('/report'), t0, v.j.notes); return; }
            return r.json().then(function (j) { busy(false); status(''); showError(j.error, j.detail); });
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
          showNotes(notes);
          frame.style.height = Math.max(600, frame.contentDocument.documentElement.scrollHeight + 20) + 'px';
          linkActors(frame.contentDocument);
        };
        frame.hidden = false;
        pageStage = 'het rapport tonen';
        frame.src = reportURL;
        document.querySelectorAll('#downloads a').forEach(function (a) { a.href = link('/download/' + a.getAttribute('data-file')); a.setAttribute('download', a.getAttribute('data-file')); });
        $('downloads').hidden = false;
      }

      // The goals editor. Each goal as the page keeps it: { name, measure, a, b, domains, days,
      // actor, metric, scope, direction, target }, and written as a [[goal]] table of the goals file.
      var goals = [];
      var domainNames = { social: 'sociaal', care: 'zorg', safety: 'veiligheid' };
      var measureNames = { tie: 'band', contacts: 'contacten', youth_share: 'aandeel jongeren', fragmented_share: 'versnipperde hulp',
                           signal_followup: 'signalen opgevolgd', metric: 'maat van een partner' };
      function option(sel, value, text) { var o = document.createElement('option'); o.value = value; o.textContent = text; sel.appendChild(o); }
      // The editor's lists from the report's partners and places (never a young person).
      function fillGoalLists(list) {
        var partners = list.filter(function (a) { return a.kind === 'partner'; });
        var places = list.filter(function (a) { return a.kind === 'place'; });
        ['goal-a', 'goal-b', 'goal-actor'].forEach(function (id) {
          var sel = $(id), keep = sel.value;
          sel.textContent = '';
          if (id !== 'goal-actor') Object.keys(domainNames).forEach(function (d) { option(sel, d, 'domein ' + domainNames[d]); });
          partners.forEach(function (a) { option(sel, a.id, a.label); });
          sel.value = keep;
        });
        var scope = $('goal-scope'), keep = scope.value;
        while (scope.options.length > 1) scope.remove(1);
        places.forEach(function (a) { option(scope, 'place=' + a.id, 'plek ' + a.label); });
        Object.keys(domainNames).forEach(function (d) { option(scope, 'domain=' + d, 'domein ' + domainNames[d]); });
        scope.value = keep;
        labelsById = {};
        list.forEach(function (a) { labelsById[a.id] = a.label; });
        listGoals();
      }
      var labelsById = {};
      function showGoalFields() {
        var m = $('goal-measure').value;
        document.querySelectorAll('#goals-editor .for').forEach(function (el) { el.hidden = el.getAttribute('data-for').split(' ').indexOf(m) < 0; });
      }
      function named(id) { return domainNames[id] ? 'domein ' + domainNames[id] : (labelsById[id] || id); }
      function describe(g) {
        var t = g.name + ' — ' + measureNames[g.measure];
        if (g.measure === 'tie' || g.measure === 'contacts') t += ' tussen ' + named(g.a) + ' en ' + named(g.b);
        if (g.measure === 'youth_share') t += ': ' + g.domains.map(function (d) { return domainNames[d]; }).join(', ');
        if (g.measure === 'signal_followup') t += ' binnen ' + g.days + ' dagen';
        if (g.measure === 'metric') t += ': ' + $('goal-metric').querySelector('option[value="' + g.metric + '"]').textContent + ' van ' + named(g.actor);
        if (g.scope) t += ', alleen bij ' + (g.scope.indexOf('place=') === 0 ? 'plek ' + named(g.scope.slice(6)) : 'domein ' + domainNames[g.scope.slice(7)]);
        if (g.measure !== 'tie') t += ', ' + (g.direction === 'at_least' ? 'minstens ' : 'hoogstens ') + g.target;
        return t;
      }
      function listGoals() {
        var ol = $('goal-list');
        ol.textContent = '';
        goals.forEach(function (g, i) {
          var li = document.createElement('li'); li.textContent = describe(g);
          var b = document.createElement('button'); b.type = 'button'; b.className = 'forget'; b.textContent = 'weghalen';
          b.addEventListener('click', function () { goals.splice(i, 1); listGoals(); });
          li.appendChild(b); ol.appendChild(li);
        });
      }
      function addGoal() {
        var m = $('goal-measure').value;
        var g = { name: $('goal-name').value.trim(), measure: m };
        var problem = '';
        if (!g.name) problem = 'Geef het doel een naam.';
        if (m === 'tie' || m === 'contacts') {
          g.a = $('goal-a').value; g.b = $('goal-b').value;
          if (!g.a || !g.b) problem = problem || 'Kies twee partners of domeinen (de lijsten vullen zich zodra er een rapport is).';
          else if (g.a === g.b) problem = problem || 'Kies twee verschillende partners of domeinen.';
        }
        if (m === 'youth_share') {
          g.domains = Array.prototype.filter.call(document.querySelectorAll('.goal-domain'), function (c) { return c.checked; }).map(function (c) { return c.value; });
          if (!g.domains.length) problem = problem || 'Kies minstens één domein.';
        }
        if (m === 'signal_followup') { g.days = parseInt($('goal-days').value, 10); if (!(g.days >= 0)) problem = problem || 'Vul het aantal dagen in.'; }
        if (m === 'metric') { g.actor = $('goal-actor').value; g.metric = $('goal-metric').value; if (!g.actor) problem = problem || 'Kies een partner.'; }
        if ($('goal-scope').value) g.scope = $('goal-scope').value;
        if (m !== 'tie') {
          g.direction = $('goal-direction').value;
          g.target = $('goal-target').value.trim();
          if (!/^[0-9]+([.,][0-9]+)?$/.test(g.target)) problem = problem || 'Vul het doel in als getal, bijvoorbeeld 12 of 0,5.';
          g.target = String(Number(g.target.replace(',', '.')));
        }
        $('goal-problem').textContent = problem;
        if (problem) return;
        goals.push(g);
        listGoals();
        // The next goal starts from a clean form (a scope or domains left over would slip into it).
        $('goal-name').value = ''; $('goal-target').value = ''; $('goal-scope').value = '';
        document.querySelectorAll('.goal-domain').forEach(function (c) { c.checked = false; });
      }
      // A TOML basic string.
      function tomlString(s) {
        return '"' + s.replace(/[\\"\u0000-\u001f\u007f]/g, function (c) {
          return c === '\\' ? '\\\\' : c === '"' ? '\\"' : '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
        }) + '"';
      }
      // The goals file the editor writes: the TOML `wijknet goals --goals` reads.
      function goalsToml() {
        return '# Actiedoelen, gemaakt in de pagina van Wijknet.\n' + goals.map(function (g) {
          var out = ['[[goal]]', 'name = ' + tomlString(g.name), 'measure = ' + tomlString(g.measure)];
          if (g.measure === 'tie' || g.measure === 'contacts') out.push('between = [' + tomlString(g.a) + ', ' + tomlString(g.b) + ']');
          if (g.measure === 'youth_share') out.push('domains = [' + g.domains.map(tomlString).join(', ') + ']');
          if (g.measure === 'signal_followup') out.push('signal_days = ' + g.days);
          if (g.measure === 'metric') { out.push('actor = ' + tomlString(g.actor)); out.push('metric = ' + tomlString(g.metric)); }
          if (g.scope) { var i = g.scope.indexOf('='); out.push('scope = { ' + g.scope.slice(0, i) + ' = ' + tomlString(g.scope.slice(i + 1)) + ' }'); }
          if (g.measure !== 'tie') out.push(g.direction + ' = ' + g.target);
          return '\n' + out.join('\n') + '\n';
        }).join('');
      }
      function saveGoals() {
        if (!goals.length) { $('goal-problem').textContent = 'Voeg eerst een doel toe.'; return; }
        var list = JSON.stringify(goals);
        upload('goals', new File([goalsToml()], 'doelen.toml', { type: 'text/plain' }), function () {
          return send('/goals-editor', { method: 'POST', body: list, headers: { 'Content-Type': 'application/json' } }).catch(function () {});
        });
      }

      // Partners and places in the report's tables open their ego diagram on a click.
      function linkActors(doc) {
        send(url('/actors')).then(function (r) { return r.ok ? r.json() : []; }).then(function (list) {
          fillGoalLists(list);
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
          // A partner or place focused on the map gets a button for its ego diagram in the panel.
          var byId = {}, box = doc.getElementById('map-box');
          list.forEach(function (a) { byId[a.id] = a; });
          if (box) box.addEventListener('mapfocus', function (e) {
            var a = byId[e.detail.actor];
            if (!a) return;
            var b = doc.createElement('button');
            b.type = 'button'; b.className = 'map-ego'; b.textContent = 'Ego-diagram tonen';
            b.addEventListener('click', function () { openEgo(a); });
            e.detail.panel.appendChild(b);
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
          send(src).then(function (r) { return r.json(); }).then(function (j) { showError(j.error, j.detail); }).catch(function () {});
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
      $('apply-mapping').addEventListener('click', function () { saveMapping().then(refresh); });
      $('ego-close').addEventListener('click', function () { $('ego').hidden = true; });
      if ($('clear')) $('clear').addEventListener('click', clearAll);
      // Stop the server (the icon's Wijknet has no terminal): the page says it may be closed.
      $('stop').addEventListener('click', function () {
        send('/stop', { method: 'POST' }).then(function () {
          busy(false);
          document.querySelector('main').hidden = true;
          $('stop').hidden = true;
          var p = document.createElement('p'); p.id = 'stopped';
          p.textContent = $('clear') ? 'Wijknet is gestopt. De bestanden blijven in de werkmap; u kunt dit venster sluiten.'
                                     : 'Wijknet is gestopt en heeft de bestanden weggehaald; u kunt dit venster sluiten.';
          document.body.appendChild(p);
        }).catch(function () {});
      });
      $('goal-measure').addEventListener('change', showGoalFields);
      $('goal-add').addEventListener('click', addGoal);
      $('goals-save').addEventListener('click', saveGoals);
      showGoalFields();
      if ($('lookup-form')) $('lookup-form').addEventListener('submit', lookup);
      restore();
    })();
    """#
}
