/// The map's script (see ``MapSection`` for the contract it serves): zoom and pan by wheel,
/// drag, pinch and keys, by changing the SVG's `viewBox`; focus on click (the partner and its
/// neighbours `focus`, the rest `dim`, the side panel filled from `#map-data`), cleared by a
/// second click or Escape; filters by domain, organisation and place, a search by name; the
/// layers of missing links and single points; labels placed live.
///
/// **Labels.** Their font size is 13 CSS px at every zoom (font-size = 13 / scale in user
/// units); they are placed greedily in the order of `order` (most partner contacts first)
/// where they overlap no label already placed and lie in view, at most 60 at a time — so at
/// the first view the best-connected partners are named and zooming in names more. With a
/// partner focused only it and its neighbours are named. Cost per placement: O(N) over the
/// partners.
///
/// No words: everything shown comes from the page (`#map-data`'s `words`), so the same script
/// serves both languages and keeps one hash for `wijknet serve`'s Content-Security-Policy.
enum MapScript {
    static let source = """
    (function () {
      var box = document.getElementById('map-box');
      if (!box) return;
      var data = JSON.parse(document.getElementById('map-data').textContent);
      var svg = box.querySelector('svg'), panel = box.querySelector('.map-panel'), form = box.querySelector('form');
      var nodes = data.nodes, count = nodes.length, words = data.words;
      var els = box.querySelectorAll('g.nodes > g.node'), labs = box.querySelectorAll('g.labels > text');
      var labelGroup = box.querySelector('g.labels'), tiePaths = box.querySelectorAll('g.ties > path');
      var focusPath = box.querySelector('g.ties-focus > path');
      var missing = box.querySelectorAll('[data-layer=missing] > path'), rings = box.querySelectorAll('[data-layer=spof] > circle');
      var adj = nodes.map(function () { return []; });
      data.ties.forEach(function (t) { adj[t[0]].push(t[1]); adj[t[1]].push(t[0]); });
      var home = svg.getAttribute('viewBox').split(' ').map(Number), view = home.slice();
      var focused = -1, near = {}, shown = nodes.map(function (n) { return n.kind !== 'place'; }), labelOn = [];
      for (var i = 0; i < count; i++) labelOn.push(!labs[i].classList.contains('off'));

      function scale() {
        var r = svg.getBoundingClientRect();
        return Math.min(r.width / view[2], r.height / view[3]) || 1;
      }
      function toUnits(cx, cy) {
        var r = svg.getBoundingClientRect(), k = scale();
        return [view[0] + (cx - r.left - (r.width - view[2] * k) / 2) / k, view[1] + (cy - r.top - (r.height - view[3] * k) / 2) / k];
      }
      function apply() { svg.setAttribute('viewBox', view.join(' ')); placeLabels(); }
      var pending = false;
      function later() { if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; apply(); }); } }

      function placeLabels() {
        var k = scale(), font = 13 / k, cell = 60, grid = {}, placed = 0;
        labelGroup.setAttribute('font-size', font.toFixed(3));
        var r = svg.getBoundingClientRect(), vw = r.width / k, vh = r.height / k;
        var left = view[0] + view[2] / 2 - vw / 2, top = view[1] + view[3] / 2 - vh / 2;
        function free(x0, y0, x1, y1, take) {
          for (var gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++)
            for (var gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) {
              var list = grid[gx + ',' + gy] || (grid[gx + ',' + gy] = []);
              if (!take) { for (var b = 0; b < list.length; b++) { var q = list[b]; if (x0 < q[2] && q[0] < x1 && y0 < q[3] && q[1] < y1) return false; } }
              else list.push([x0, y0, x1, y1]);
            }
          return true;
        }
        var want = [];
        if (focused >= 0) { want.push(focused); adj[focused].forEach(function (j) { want.push(j); }); }
        if (focused < 0) want = data.order;
        var on = [];
        want.forEach(function (j) {
          if (on[j] !== undefined || !shown[j] || placed >= 60) return;
          var n = nodes[j], x = (n.x + n.r - left) * k + 4, y = (n.y - top) * k;
          var w = n.label.length * 7.4 + 6, x1 = x + w, y0 = y - 10, y1 = y + 10;
          if (x1 < 0 || x > r.width || y1 < 0 || y0 > r.height || !free(x, y0, x1, y1, false)) { on[j] = false; return; }
          free(x, y0, x1, y1, true); on[j] = true; placed++;
        });
        for (var j = 0; j < count; j++) {
          var v = on[j] === true;
          if (labelOn[j] !== v) { labs[j].classList.toggle('off', !v); labelOn[j] = v; }
        }
      }

      function zoom(factor, cx, cy) {
        var k = scale() * factor, kHome = Math.min(svg.clientWidth / home[2], svg.clientHeight / home[3]) || 1;
        if (k < kHome / 1.5 || k > kHome * 40) return;
        var u = cx === undefined ? [view[0] + view[2] / 2, view[1] + view[3] / 2] : toUnits(cx, cy);
        view = [u[0] - (u[0] - view[0]) / factor, u[1] - (u[1] - view[1]) / factor, view[2] / factor, view[3] / factor];
        later();
      }
      function pan(dx, dy) { var k = scale(); view[0] -= dx / k; view[1] -= dy / k; later(); }
      function centre(j) { var n = nodes[j]; view[0] = n.x - view[2] / 2; view[1] = n.y - view[3] / 2; }

      function clear() {
        focused = -1; near = {};
        for (var j = 0; j < count; j++) els[j].classList.remove('focus', 'dim');
        svg.classList.remove('focusing');
        focusPath.setAttribute('d', '');
        panel.hidden = true; panel.textContent = '';
        placeLabels();
      }
      function focus(i) {
        focused = i; near = {}; near[i] = true;
        adj[i].forEach(function (j) { near[j] = true; });
        for (var j = 0; j < count; j++) { els[j].classList.toggle('focus', !!near[j]); els[j].classList.toggle('dim', !near[j]); }
        svg.classList.add('focusing');
        var n = nodes[i];
        focusPath.setAttribute('d', adj[i].filter(function (j) { return shown[j]; }).map(function (j) {
          return 'M' + n.x + ' ' + n.y + 'L' + nodes[j].x + ' ' + nodes[j].y; }).join(''));
        fillPanel(n);
        // For a host page (`wijknet serve` adds its ego-diagram button to the panel).
        box.dispatchEvent(new CustomEvent('mapfocus', { detail: { actor: els[i].getAttribute('data-actor'), panel: panel } }));
        // Out from under the panel: a partner right of the panel's left edge moves left.
        var k = scale(), r = svg.getBoundingClientRect(), x = (n.x - view[0]) * k + (r.width - view[2] * k) / 2;
        var edge = r.width - panel.offsetWidth - 40;
        if (x > edge && edge > 100) view[0] += (x - edge * 0.6) / k;
        apply();
      }
      function add(parent, tag, text) { var el = document.createElement(tag); if (text !== undefined) el.textContent = text; parent.appendChild(el); return el; }
      function fillPanel(n) {
        panel.textContent = '';
        var close = add(panel, 'button', words.close); close.type = 'button'; close.className = 'map-close';
        close.addEventListener('click', clear);
        add(panel, 'h3', n.label);
        add(panel, 'h4', words.figures);
        var dl = add(panel, 'dl');
        n.facts.forEach(function (f) { add(dl, 'dt', f[0]); add(dl, 'dd', f[1]); });
        add(panel, 'h4', words.findings);
        if (!n.findings.length) add(panel, 'p', words.nothing);
        else { var ul = add(panel, 'ul'); n.findings.forEach(function (f) { add(ul, 'li', f); }); }
        panel.hidden = false;
      }

      function filter() {
        var domains = {}, org = form.elements.organisation ? form.elements.organisation.value : '', place = form.elements.place ? form.elements.place.value : '';
        var places = !!(form.elements.show && form.elements.show.checked);
        box.querySelectorAll('input[name=domain]').forEach(function (c) { domains[c.value] = c.checked; });
        // Partners first; a place is shown on request, when one of its partners is.
        for (var j = 0; j < count; j++) {
          var n = nodes[j];
          if (n.kind !== 'place') shown[j] = domains[n.domain] !== false && (!org || n.org === org) && (!place || n.places.indexOf(place) >= 0);
        }
        for (j = 0; j < count; j++) {
          if (nodes[j].kind === 'place') shown[j] = places && (!place || nodes[j].id === place) && adj[j].some(function (k) { return shown[k]; });
          els[j].classList.toggle('hidden', !shown[j]);
        }
        var within = [], cross = [], toPlaces = [];
        data.ties.forEach(function (t) {
          if (!shown[t[0]] || !shown[t[1]]) return;
          var a = nodes[t[0]], b = nodes[t[1]];
          (a.kind === 'place' || b.kind === 'place' ? toPlaces : a.domain === b.domain ? within : cross).push('M' + a.x + ' ' + a.y + 'L' + b.x + ' ' + b.y);
        });
        tiePaths[0].setAttribute('d', within.join('')); tiePaths[1].setAttribute('d', cross.join('')); tiePaths[2].setAttribute('d', toPlaces.join(''));
        missing.forEach(function (p) { p.classList.toggle('hidden', !shown[+p.getAttribute('data-a')] || !shown[+p.getAttribute('data-b')]); });
        rings.forEach(function (c) { c.classList.toggle('hidden', !shown[+c.getAttribute('data-i')]); });
        if (focused >= 0 && !shown[focused]) clear(); else if (focused >= 0) focus(focused); else placeLabels();
      }
      function search() {
        var text = form.elements.search.value.trim().toLowerCase(), out = form.elements.found;
        if (text.length < 2) { out.textContent = ''; return; }
        var hits = data.order.filter(function (j) { return shown[j] && nodes[j].label.toLowerCase().indexOf(text) >= 0; });
        out.textContent = hits.length ? hits.length + ' ' + words.found : words.notFound;
        if (hits.length) { centre(hits[0]); svg.setAttribute('viewBox', view.join(' ')); focus(hits[0]); }
      }

      // The node under a press is taken at pointerdown: once the pointer is captured (a drag),
      // the click's target is the svg itself.
      var pointers = {}, moved = 0, pinch = 0, pressed = null;
      svg.addEventListener('pointerdown', function (ev) {
        pointers[ev.pointerId] = [ev.clientX, ev.clientY]; moved = 0;
        pressed = ev.target.closest ? ev.target.closest('g.node') : null;
      });
      svg.addEventListener('pointermove', function (ev) {
        var p = pointers[ev.pointerId]; if (!p) return;
        if (svg.setPointerCapture && !svg.hasPointerCapture(ev.pointerId)) { try { svg.setPointerCapture(ev.pointerId); } catch (e) {} }
        var ids = Object.keys(pointers);
        if (ids.length === 1) { moved += Math.abs(ev.clientX - p[0]) + Math.abs(ev.clientY - p[1]); pan(ev.clientX - p[0], ev.clientY - p[1]); }
        pointers[ev.pointerId] = [ev.clientX, ev.clientY];
        if (ids.length === 2) {
          var a = pointers[ids[0]], b = pointers[ids[1]], d = Math.hypot(a[0] - b[0], a[1] - b[1]);
          if (pinch) zoom(d / pinch, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
          pinch = d; moved = 99;
        }
      });
      function up(ev) { delete pointers[ev.pointerId]; pinch = 0; }
      svg.addEventListener('pointerup', up); svg.addEventListener('pointercancel', up);
      svg.addEventListener('wheel', function (ev) { ev.preventDefault(); zoom(ev.deltaY < 0 ? 1.25 : 0.8, ev.clientX, ev.clientY); }, { passive: false });
      svg.addEventListener('click', function (ev) {
        var g = pressed; pressed = null;
        if (moved > 6 || !g) return;
        var i = +g.getAttribute('data-i');
        if (i === focused) clear(); else focus(i);
      });
      svg.addEventListener('keydown', function (ev) {
        var step = 60, keys = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
        if (ev.key === '+' || ev.key === '=') zoom(1.25);
        else if (ev.key === '-') zoom(0.8);
        else if (ev.key === '0') { view = home.slice(); apply(); }
        else if (keys[ev.key]) pan(keys[ev.key][0], keys[ev.key][1]);
        else return;
        ev.preventDefault();
      });
      document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape' && focused >= 0) clear(); });
      box.querySelectorAll('button[data-zoom]').forEach(function (b) {
        b.addEventListener('click', function () {
          var z = b.getAttribute('data-zoom');
          if (z === 'fit') { view = home.slice(); apply(); } else zoom(z === 'in' ? 1.25 : 0.8);
        });
      });
      form.addEventListener('submit', function (ev) { ev.preventDefault(); search(); });
      form.addEventListener('change', function (ev) {
        if (ev.target.name === 'layer') svg.classList.toggle('show-' + ev.target.value, ev.target.checked);
        else if (ev.target.name !== 'search') filter();
      });
      form.elements.search.addEventListener('input', search);
      window.addEventListener('beforeprint', function () { clear(); view = home.slice(); apply(); });
      window.addEventListener('resize', later);
      placeLabels();
      // Since navigation start: the map set up, and drawn (a task after the next frame).
      box.setAttribute('data-ready-ms', Math.round(performance.now()));
      requestAnimationFrame(function () { setTimeout(function () { box.setAttribute('data-drawn-ms', Math.round(performance.now())); }, 0); });
    })();
    """
}
