#!/usr/bin/env python3
"""The report's interactive map (section #map) in headless Chromium, driven by Selenium (pip
`selenium`, Debian `chromium` and `chromium-driver`), at a 1024x768 window.

Writes the sample's report with `wijknet report`, opens it and checks the map's contract:
every partner an element [data-actor] and no young person's id, name or pseudonym on it; labels
at least 12 CSS px high (getBoundingClientRect) at the first view and after zooming in, and none
overlapping; a click focuses the partner and its neighbours (class focus) and dims the rest
(class dim) and fills the side panel; a second click clears, Escape clears; the domain,
organisation and place filters hide exactly the other partners; the search finds a partner by
part of its name; the layers of missing links and single points switch on; keys zoom, and two
pointers moving apart (a pinch) zoom in; in print media (after `beforeprint`) the whole map shows
without controls or panel and nothing dimmed, whatever was zoomed or focused; no console error. Exit 0 when everything holds; every failed check is printed.

  map_e2e.py --wijknet .build/debug/wijknet --samples samples/zuiderhof [--shots DIR]
  map_e2e.py ... --measure DIR [DIR ...]   (also: for each DIR with contacts.csv and actors.csv,
                                            the report's size and the time until the map is
                                            drawn, from navigation start, three loads each)
"""
import argparse, csv, json, os, subprocess, sys, tempfile, time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def browser():
    o = Options()
    o.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1024,768", "--hide-scrollbars"]:
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)


def report(wijknet, folder, out, key=None):
    args = [wijknet, "report", os.path.join(folder, "contacts.csv"), "--actors", os.path.join(folder, "actors.csv"), "--lang", "nl", "-o", out]
    if key:
        args += ["--pseudonym-key-file", key]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("wijknet report failed: " + r.stderr)


def open_map(d, path):
    d.get("file://" + path)
    WebDriverWait(d, 60).until(lambda d: d.find_element(By.ID, "map-box").get_attribute("data-drawn-ms"))
    d.execute_script("document.getElementById('map').scrollIntoView()")
    return int(d.find_element(By.ID, "map-box").get_attribute("data-drawn-ms"))


LABELS = """
var out = [];
document.querySelectorAll('#map-svg g.labels text').forEach(function (t) {
  if (getComputedStyle(t).display === 'none') return;
  var r = t.getBoundingClientRect(); out.push([t.textContent, r.left, r.top, r.right, r.bottom, r.height]);
});
return out;
"""

STATE = """
var s = { focus: [], dim: [], hidden: [], panel: !document.querySelector('.map-panel').hidden,
          panelText: document.querySelector('.map-panel').textContent };
document.querySelectorAll('#map-svg g.node').forEach(function (g) {
  var id = g.getAttribute('data-actor');
  if (g.classList.contains('focus')) s.focus.push(id);
  if (g.classList.contains('dim')) s.dim.push(id);
  if (getComputedStyle(g).display === 'none') s.hidden.push(id);
});
return s;
"""


def view_width(d):
    return float(d.execute_script("return document.getElementById('map-svg').getAttribute('viewBox')").split()[2])


def labels_ok(d, when):
    labels = d.execute_script(LABELS)
    check(len(labels) >= 5, "%s: %d labels shown" % (when, len(labels)))
    small = [l for l in labels if l[5] < 12]
    check(not small, "%s: every label at least 12 px high (smallest %.1f px)" % (when, min([l[5] for l in labels] or [0])))
    overlaps = [(a[0], b[0]) for i, a in enumerate(labels) for b in labels[i + 1:]
                if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    check(not overlaps, "%s: no two labels overlap %r" % (when, overlaps[:3]))
    return labels


def contract(d, data, youth_secrets, shots):
    nodes = data["nodes"]
    ids = [n["id"] for n in nodes]
    partners = [n["id"] for n in nodes if n["kind"] == "partner"]
    places = [n["id"] for n in nodes if n["kind"] == "place"]
    check(partners == ids[:len(partners)] and len(places) > 0, "partners first, then %d places" % len(places))
    adj = {i: set() for i in range(len(nodes))}
    for a, b in data["ties"]:
        adj[a].add(b); adj[b].add(a)
    actors = d.execute_script("return Array.prototype.map.call(document.querySelectorAll('#map [data-actor]'), function (e) { return e.getAttribute('data-actor'); })")
    check(actors == ids and len(partners) > 10, "every partner and place is an element [data-actor] (%d)" % len(actors))
    s = d.execute_script(STATE)
    check(sorted(s["hidden"]) == sorted(places), "at first the partners are shown and the places are not")
    page = d.page_source
    leaked = [s for s in youth_secrets if s in page]
    check(not leaked, "no young person's id, name or pseudonym in the page (%d checked)" % len(youth_secrets))
    check(not any(a.startswith("J-") for a in actors), "no pseudonym among the map's actors")
    first = labels_ok(d, "first view at 1024x768")

    # Focus: the best-connected partner that is not tied to half the others (so some are dimmed).
    hub = next((j for j in data["order"] if 2 <= len(adj[j]) <= len(nodes) // 2), data["order"][0])
    el = d.find_element(By.CSS_SELECTOR, '#map-svg g.node[data-i="%d"] circle' % hub)
    el.click()
    s = d.execute_script(STATE)
    want = sorted(ids[j] for j in adj[hub] | {hub})
    check(sorted(s["focus"]) == want, "a click focuses the partner and its %d neighbours" % len(adj[hub]))
    check(sorted(s["dim"]) == sorted(set(ids) - set(want)), "the rest is dimmed (%d)" % len(s["dim"]))
    check(s["panel"] and nodes[hub]["label"] in s["panelText"] and "Cijfers" in s["panelText"], "the side panel shows the partner and its figures")
    focused_labels = labels_ok(d, "focused")
    check(nodes[hub]["label"] in [l[0] for l in focused_labels], "the focused partner is named")
    if shots:
        d.find_element(By.ID, "map-box").screenshot(os.path.join(shots, "map-focused.png"))
    d.find_element(By.CSS_SELECTOR, '#map-svg g.node[data-i="%d"] circle' % hub).click()
    s = d.execute_script(STATE)
    check(not s["focus"] and not s["dim"] and not s["panel"], "a second click clears")
    d.find_element(By.CSS_SELECTOR, '#map-svg g.node[data-i="%d"] circle' % hub).click()
    d.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    s = d.execute_script(STATE)
    check(not s["focus"] and not s["dim"] and not s["panel"], "Escape clears")

    # Filters.
    d.find_element(By.CSS_SELECTOR, 'input[name=domain][value=zorg]').click()
    s = d.execute_script(STATE)
    hidden = sorted(set(s["hidden"]) - set(places))
    check(hidden == sorted(n["id"] for n in nodes if n["domain"] == "zorg") and hidden, "unticking zorg hides exactly the care partners (%d)" % len(hidden))
    labels_ok(d, "care hidden")
    if shots:
        d.find_element(By.ID, "map-box").screenshot(os.path.join(shots, "map-filtered.png"))
    d.find_element(By.CSS_SELECTOR, 'input[name=domain][value=zorg]').click()
    check(sorted(d.execute_script(STATE)["hidden"]) == sorted(places), "ticking it again shows them")
    orgs = sorted({n["org"] for n in nodes if n["org"]})
    Select(d.find_element(By.CSS_SELECTOR, "select[name=organisation]")).select_by_value(orgs[0])
    s = d.execute_script(STATE)
    check(sorted(set(partners) - set(s["hidden"])) == sorted(n["id"] for n in nodes if n["org"] == orgs[0] and n["kind"] == "partner"), "the organisation filter keeps only %s" % orgs[0])
    Select(d.find_element(By.CSS_SELECTOR, "select[name=organisation]")).select_by_value("")
    place = Select(d.find_element(By.CSS_SELECTOR, "select[name=place]")).options[1].get_attribute("value")
    Select(d.find_element(By.CSS_SELECTOR, "select[name=place]")).select_by_value(place)
    s = d.execute_script(STATE)
    check(sorted(set(partners) - set(s["hidden"])) == sorted(n["id"] for n in nodes if place in n["places"] and n["kind"] == "partner"), "the place filter keeps only the partners of %s" % place)
    Select(d.find_element(By.CSS_SELECTOR, "select[name=place]")).select_by_value("")
    check(sorted(d.execute_script(STATE)["hidden"]) == sorted(places), "every partner back without filters")

    # Places on request.
    d.find_element(By.CSS_SELECTOR, 'input[name=show][value=places]').click()
    s = d.execute_script(STATE)
    check(not s["hidden"], "Show: places shows the %d places" % len(places))
    labels_ok(d, "with places")
    Select(d.find_element(By.CSS_SELECTOR, "select[name=place]")).select_by_value(place)
    s = d.execute_script(STATE)
    check(sorted(set(places) - set(s["hidden"])) == [place], "with a place chosen only that place shows")
    Select(d.find_element(By.CSS_SELECTOR, "select[name=place]")).select_by_value("")
    d.find_element(By.CSS_SELECTOR, 'input[name=show][value=places]').click()
    check(sorted(d.execute_script(STATE)["hidden"]) == sorted(places), "and unticked they go again")

    # Search.
    target = nodes[data["order"][-1]]
    box = d.find_element(By.CSS_SELECTOR, "input[name=search]")
    box.send_keys(target["label"][:max(4, len(target["label"]) - 2)].lower())
    s = d.execute_script(STATE)
    check(target["id"] in s["focus"] and target["label"] in s["panelText"], "the search finds %r" % target["label"])
    check("gevonden" in d.find_element(By.CSS_SELECTOR, "output[name=found]").text, "and says it found it")
    box.clear(); box.send_keys(Keys.ESCAPE)

    # Layers.
    for layer in ["missing", "spof"]:
        sel = "[data-layer=%s]" % layer
        before = d.execute_script("return getComputedStyle(document.querySelector('#map-svg %s')).display" % sel)
        d.find_element(By.CSS_SELECTOR, 'input[name=layer][value=%s]' % layer).click()
        after = d.execute_script("return getComputedStyle(document.querySelector('#map-svg %s')).display" % sel)
        marks = d.execute_script("return document.querySelectorAll('#map-svg %s > *').length" % sel)
        check(before == "none" and after != "none" and marks > 0, "the %s layer switches on (%d marks)" % (layer, marks))

    # Zoom with the keyboard.
    w0 = view_width(d)
    svg = d.find_element(By.ID, "map-svg")
    d.execute_script("arguments[0].focus()", svg)
    svg.send_keys("+"); svg.send_keys("+")
    time.sleep(0.3)
    w1 = view_width(d)
    check(w1 < w0 * 0.7, "+ zooms in (view %.0f -> %.0f)" % (w0, w1))
    zoomed = labels_ok(d, "zoomed in")
    svg.send_keys("0")
    time.sleep(0.3)
    w2 = view_width(d)
    check(abs(w2 - w0) < 0.5, "0 shows the whole map again")

    # Pinch: two pointers moving apart zoom in around their middle.
    d.execute_script("""
        var svg = document.getElementById('map-svg'), r = svg.getBoundingClientRect(), y = r.top + r.height / 2, x = r.left + r.width / 2;
        function p(type, id, px) { svg.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: px, clientY: y, bubbles: true, pointerType: 'touch', isPrimary: id === 1 })); }
        p('pointerdown', 1, x - 40); p('pointerdown', 2, x + 40);
        p('pointermove', 2, x + 60); p('pointermove', 2, x + 120); p('pointermove', 2, x + 200);
        p('pointerup', 2, x + 200); p('pointerup', 1, x - 40);""")
    time.sleep(0.3)
    pinched = view_width(d)
    check(pinched < w0 * 0.75, "two fingers moving apart zoom in (view %.0f -> %.0f)" % (w0, pinched))

    # Print: the static map, whole, without controls or panel, whatever was zoomed or focused.
    d.execute_script("""var g = document.querySelector('#map-svg g.node[data-i="' + arguments[0] + '"]');
        g.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true })); g.dispatchEvent(new MouseEvent('click', { bubbles: true }));""", hub)
    check(len(d.execute_script(STATE)["dim"]) > 0, "(zoomed in and a partner focused before printing)")
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    d.execute_script("window.dispatchEvent(new Event('beforeprint'));")
    printed = d.execute_script("""
        var svg = document.getElementById('map-svg'), box = document.getElementById('map-box');
        return { view: svg.getAttribute('viewBox'), home: box.getAttribute('data-home') || null,
                 controls: getComputedStyle(box.querySelector('.map-controls')).display,
                 panel: getComputedStyle(box.querySelector('.map-panel')).display,
                 shown: svg.getBoundingClientRect().height, dim: box.querySelectorAll('.dim').length };""")
    check(printed["controls"] == "none" and printed["panel"] == "none", "in print the controls and the panel are hidden (%s, %s)" % (printed["controls"], printed["panel"]))
    check(printed["dim"] == 0 and abs(float(printed["view"].split()[2]) - w0) < 0.5, "in print the whole map shows, nothing dimmed (view %s)" % printed["view"])
    check(printed["shown"] > 200, "in print the map is drawn (%.0f px high)" % printed["shown"])
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    errors = [e["message"] for e in d.get_log("browser") if e["level"] == "SEVERE"]
    check(not errors, "no console error %r" % errors[:3])


def measure(d, wijknet, folders, tmp):
    for folder in folders:
        out = os.path.join(tmp, os.path.basename(folder.rstrip("/")) + ".html")
        t = time.time()
        report(wijknet, folder, out)
        made = time.time() - t
        times = []
        for _ in range(3):
            ready = open_map(d, out)
            times.append(ready)
        partners = d.execute_script("return document.querySelectorAll('#map g.node:not(.place)').length")
        places = d.execute_script("return document.querySelectorAll('#map g.node.place').length")
        ties = d.execute_script("return JSON.parse(document.getElementById('map-data').textContent).ties.length")
        labels = len(d.execute_script(LABELS))
        print("measure %s: %d partners and %d places, %d ties (partners and places), report %.1f MB written in %.1f s, map drawn %s ms after navigation start, %d labels"
              % (folder, partners, places, ties, os.path.getsize(out) / 1e6, made, "/".join(map(str, times)), labels), flush=True)
        check(max(times) < 2000, "%s: the map opens in under 2 s (%d ms)" % (folder, max(times)))
        labels_ok(d, "%s first view" % folder)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wijknet", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--shots")
    ap.add_argument("--measure", nargs="+", metavar="DIR")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="wijknet-map-")
    out = os.path.join(tmp, "report.html")
    report(a.wijknet, a.samples, out, key=os.path.join(a.samples, "demo.key"))
    secrets = []
    with open(os.path.join(a.samples, "actors.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["kind"] == "youth":
                secrets += [r["id"], r["name"]]
    d = browser()
    try:
        open_map(d, out)
        page = d.page_source
        pseudonyms = sorted(set(w for w in page.replace("<", " ").replace(">", " ").split() if w.startswith("J-")))
        data = d.execute_script("return JSON.parse(document.getElementById('map-data').textContent)")
        # Pseudonyms may appear elsewhere in the report (the fragmentation table), never on the map.
        map_html = d.execute_script("return document.getElementById('map').outerHTML")
        check(not any(p in map_html for p in pseudonyms) and "J-" not in map_html, "no pseudonym in the map section")
        contract(d, data, [s for s in secrets if s], a.shots)
        if a.measure:
            measure(d, a.wijknet, a.measure, tmp)
    finally:
        d.quit()
    print("all checks passed" if not failures else "%d checks failed" % len(failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
