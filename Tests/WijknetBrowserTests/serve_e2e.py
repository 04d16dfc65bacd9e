#!/usr/bin/env python3
"""End-to-end test of `wijknet serve` in headless Chromium, driven by Selenium (pip `selenium`,
Debian `chromium` and `chromium-driver`).

Starts the server on a free port (--port 0), checks the token (403 without it), the Host check,
the security headers, the cookie (named with the port; alone it opens only the page's script and
style), the session secret the data needs, a POST from another origin refused, and the upload
limit over plain HTTP; then in the browser: uploads the sample actors file and log, waits for the
report, checks the findings and both diagrams, lets a page of another local port post a contact
log from the same browser (sent with the cookie, refused, the log unchanged), switches
the period, clicks a partner to open its ego diagram, asks for a before/after pair in English and
back in Dutch, uploads a broken file and sees the error with its line, skips the bad rows, maps
unknown headers; then takes the goals and actors out again, drops the samples/regio files onto
the drop zones (a real drop event with a DataTransfer built in the page) and shows the report per
neighbourhood and per municipality. Stops the server with SIGTERM and checks that the uploads are
gone. Exit 0 when everything holds; every failed check is printed.

  serve_e2e.py --wijknet .build/debug/wijknet --samples samples/zuiderhof [--regio samples/regio] [--shots DIR]
  serve_e2e.py ... --measure LOG ACTORS [GOALS]   (also times upload -> report for that log, with
                                           the goals file only when given:
                                           each request's timeline, the server's CPU time, and
                                           `wijknet report` on the same files just after)
"""
import argparse, csv, json, os, re, resource, shutil, signal, subprocess, sys, tempfile, threading, time, urllib.error, urllib.parse, urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def start_server(wijknet, key, tmpdir, extra=()):
    env = dict(os.environ, TMPDIR=tmpdir)
    env.pop("WIJKNET_PSEUDONYM_KEY", None)
    # No workspace: the private folder in TMPDIR, removed at SIGTERM (checked at the end).
    p = subprocess.Popen([wijknet, "serve", "--port", "0", "--no-workspace", "--pseudonym-key-file", key, *extra],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = p.stdout.readline()
    m = re.search(r"Open (http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+))", line)
    if not m:
        p.kill()
        raise SystemExit("the server did not print its URL: %r %r" % (line, p.stderr.read()))
    return p, m.group(1), int(m.group(2)), m.group(3)


def http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def page_session(base, token):
    """The session secret the page carries for its script (the data routes need it)."""
    status, _, body = http(base + "/?token=" + token)
    m = re.search(rb'<meta name="wijknet-session" content="([0-9a-f]{32})">', body)
    if status != 200 or not m:
        raise SystemExit("the page has no session secret (%d)" % status)
    return m.group(1).decode()


def http_checks(base, port, token):
    status, _, body = http(base + "/")
    check(status == 403, "GET / without the token: 403 (got %d)" % status)
    status, _, _ = http(base + "/upload/log", data=b"date,source\n", method="POST")
    check(status == 403, "POST /upload/log without the token: 403 (got %d)" % status)
    status, _, _ = http(base + "/?token=" + "0" * len(token))
    check(status == 403, "a wrong token of the right length: 403 (got %d)" % status)
    status, _, _ = http(base + "/app.js", headers={"Cookie": "wijknet_%d=nope" % port})
    check(status == 403, "a wrong cookie: 403 (got %d)" % status)
    status, _, _ = http(base + "/?token=" + token, headers={"Host": "evil.example:%d" % port})
    check(status == 421, "another Host (DNS rebinding): 421 (got %d)" % status)
    status, headers, body = http(base + "/?token=" + token)
    csp = headers.get("Content-Security-Policy", "")
    check(status == 200 and "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp,
          "the app page has a Content-Security-Policy: %s" % csp)
    set_cookie = headers.get("Set-Cookie", "")
    check(set_cookie.startswith("wijknet_%d=" % port) and set_cookie.endswith("; Path=/; HttpOnly; SameSite=Strict") and token not in set_cookie,
          "the first load sets a cookie named with the port, SameSite=Strict, HttpOnly, not holding the token: %s" % set_cookie)
    check(b"<script>" not in body, "the app page has no inline script")
    # The cookie reaches every server on 127.0.0.1: alone it opens the page's script and style, nothing else.
    cookie = {"Cookie": set_cookie.split(";")[0]}
    status, _, _ = http(base + "/app.js", headers=cookie)
    check(status == 200, "the cookie alone opens /app.js (got %d)" % status)
    for path in ["/", "/report", "/download/report.html", "/progress"]:
        status, _, _ = http(base + path, headers=cookie)
        check(status == 403, "the cookie alone does not open %s: 403 (got %d)" % (path, status))
    status, _, _ = http(base + "/report?token=" + token, headers=cookie)
    check(status == 403, "the token does not open the data either: 403 (got %d)" % status)
    session = page_session(base, token)
    status, _, _ = http(base + "/upload/log", data=b"date,source\n", method="POST",
                        headers=dict(cookie, **{"X-Wijknet-Session": session, "Origin": "http://127.0.0.1:%d" % (port + 1)}))
    check(status == 403, "a POST from another port's origin, even with the session secret: 403 (got %d)" % status)
    status, _, body = http(base + "/report", headers={"X-Wijknet-Session": session})
    check(status == 422 and "Sleep eerst een contactlog in".encode() in body, "the report before any upload: 422 with a clear message (%d %r)" % (status, body[:120]))


def csrf_check(d, base, port, token):
    """The attack of issue 22: a page of another local web server (another port of 127.0.0.1, so
    the same *site*: the SameSite=Strict cookie goes along) posts a text/plain contact log to the
    server from the same browser. The log must stay the one the page uploaded."""
    attack = ("""<!DOCTYPE html><title>waiting</title><script>
      fetch('http://127.0.0.1:%d/upload/log', { method: 'POST', mode: 'no-cors', credentials: 'include',
            headers: { 'Content-Type': 'text/plain' }, body: 'date,source\\n01-01-2025,aanvaller\\n' })
        .then(function () { document.title = 'sent'; }, function () { document.title = 'failed'; });
      </script>""" % port).encode()

    class Attack(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(attack)

        def log_message(self, *args):
            pass

    other = HTTPServer(("127.0.0.1", 0), Attack)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    app = d.current_window_handle
    d.get_log("performance")
    try:
        d.switch_to.new_window("tab")
        d.get("http://127.0.0.1:%d/" % other.server_port)
        WebDriverWait(d, 20).until(lambda d: d.title in ("sent", "failed"))
        sent = upload_requests(d, port)
        d.close()
    finally:
        d.switch_to.window(app)
        other.shutdown()
    # The browser did send it, with the cookie (the request the old server took); the server refused it.
    check(any(r.get("status") == 403 and "wijknet_%d=" % port in r.get("cookie", "") for r in sent),
          "the browser sent the other page's POST with the cookie, and it was refused: %r" % sent)
    status, _, body = http(base + "/validate", headers={"X-Wijknet-Session": page_session(base, token)})
    check(status == 200 and b"aanvaller" not in body and b"contacts.csv: 2600 regels gelezen" in body,
          "a text/plain POST from a page on another local port does not replace the contact log (%d %r)" % (status, body[:200]))


def upload_requests(d, port):
    """The POSTs to /upload/log in Chromium's network log since it was last read: the Cookie
    header the browser sent with each and the status it got."""
    seen = {}
    for entry in d.get_log("performance"):
        m = json.loads(entry["message"])["message"]
        p = m.get("params", {})
        r = seen.setdefault(p.get("requestId"), {})
        if m["method"] == "Network.requestWillBeSent":
            r["url"] = p["request"]["url"]
        elif m["method"] == "Network.requestWillBeSentExtraInfo":
            r["cookie"] = next((v for k, v in p.get("headers", {}).items() if k.lower() == "cookie"), "")
        elif m["method"] == "Network.responseReceived":
            r["status"] = p["response"]["status"]
    return [r for r in seen.values() if r.get("url", "").endswith(":%d/upload/log" % port)]


def upload_limit_check(wijknet, key, tmpdir):
    p, base, port, token = start_server(wijknet, key, tmpdir, ["--upload-limit", "1"])
    try:
        session = {"X-Wijknet-Session": page_session(base.split("/?")[0], token)}
        status, _, body = http(base.split("/?")[0] + "/upload/log", data=b"x" * (1024 * 1024 + 10),
                               headers=dict(session, **{"X-File-Name": "big.csv"}), method="POST")
        check(status == 413 and b"groter dan 1 MB" in body and b"--upload-limit" not in body, "an upload past --upload-limit 1: 413 with a clear message in Dutch (%d %r)" % (status, body[:160]))
        # Without a Content-Length (chunked): the limit is counted while the body is written.
        status, _, body = http(base.split("/?")[0] + "/upload/log", data=(b"x" * 65536 for _ in range(17)),
                               headers=dict(session, **{"X-File-Name": "big.csv"}), method="POST")
        check(status == 413 and b"groter dan 1 MB" in body, "a chunked upload past --upload-limit 1: 413 (%d %r)" % (status, body[:160]))
        left = [os.path.relpath(os.path.join(r, f), tmpdir) for r, _, fs in os.walk(tmpdir) for f in fs if f != "pid"]
        check(not left, "the upload past the limit left no file in the private folder (%s)" % left)
        status, _, body = http(base.split("/?")[0] + "/upload/log", data=(b"date,source\n" for _ in range(2)),
                               headers=dict(session, **{"X-File-Name": "klein.csv"}), method="POST")
        check(status == 200 and json.loads(body).get("bytes") == 24, "a chunked upload within the limit is kept whole (%d %r)" % (status, body[:160]))
    finally:
        p.terminate(); p.wait(10)


def browser():
    o = Options()
    o.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400", "--hide-scrollbars"]:
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)


def wait_report(d, timeout=60):
    """Waits until the page says the report is shown (data-report-ms set by the page's script)."""
    WebDriverWait(d, timeout).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-report-ms")
                                    or d.find_element(By.ID, "error").is_displayed())
    return d.find_element(By.TAG_NAME, "body").get_attribute("data-report-ms")


def reset_marks(d):
    d.execute_script("document.body.removeAttribute('data-report-ms'); document.body.removeAttribute('data-linked');")


def in_report(d, script):
    d.switch_to.frame(d.find_element(By.ID, "report"))
    try:
        return d.execute_script(script)
    finally:
        d.switch_to.default_content()


def shoot(d, shots, name):
    if not shots:
        return
    d.execute_script("window.scrollTo(0, 0)")
    height = d.execute_script("return Math.min(2400, document.documentElement.scrollHeight)")
    d.set_window_size(1280, max(900, height))
    time.sleep(0.3)
    os.makedirs(shots, exist_ok=True)
    check(d.save_screenshot(os.path.join(shots, "serve-%s.png" % name)), "screenshot serve-%s.png" % name)
    d.set_window_size(1280, 1400)


def drop_file(d, zone, path):
    """Drops the file at `path` onto the drop zone `zone` as a user would drag it there: the page
    builds a File and a DataTransfer and dispatches dragenter, dragover and drop on the zone."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return d.execute_script("""
        var zone = document.getElementById(arguments[0]);
        var dt = new DataTransfer();
        dt.items.add(new File([arguments[1]], arguments[2], { type: 'text/csv' }));
        zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
        var over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
        zone.dispatchEvent(over);
        var highlighted = zone.classList.contains('over');
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        return { highlighted: highlighted, accepted: over.defaultPrevented, after: zone.classList.contains('over') };""",
        zone, text, os.path.basename(path))


def page_download(d, name):
    """The page's own download link for `name` (with the choices made in the page)."""
    return d.find_element(By.CSS_SELECTOR, '#downloads a[data-file="%s"]' % name).get_attribute("href")


def cli_report(wijknet, cwd, args):
    r = subprocess.run([wijknet, "report", *args], cwd=cwd, capture_output=True)
    return r.returncode, r.stdout


def column_values(path, *names):
    """The distinct non-empty values of the first of `names` that is a column of the CSV file."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for n in names:
        if rows and n in rows[0]:
            return sorted({r[n].strip() for r in rows if r[n].strip()})
    return []


def timeline(d, port):
    """The page's requests since the last call, from Chromium's performance log: when each was
    sent, answered and finished (seconds from the first), its size; /progress left out."""
    lines, reqs, first = [], {}, None
    for entry in d.get_log("performance"):
        m = json.loads(entry["message"])["message"]
        p = m.get("params", {})
        ts = p.get("timestamp")
        if ts is None:
            continue
        first = ts if first is None else first
        if m["method"] == "Network.requestWillBeSent":
            path = p["request"]["url"].split("?")[0].split(":%d" % port)[-1]
            if path != "/progress":
                reqs[p["requestId"]] = path
                lines.append("%7.2f s  sent      %s" % (ts - first, path))
        elif m["method"] in ("Network.responseReceived", "Network.loadingFinished") and p["requestId"] in reqs:
            finished = m["method"] == "Network.loadingFinished"
            size = " (%d bytes)" % p["encodedDataLength"] if finished and "encodedDataLength" in p else ""
            lines.append("%7.2f s  %s %s%s" % (ts - first, "finished " if finished else "answered ", reqs[p["requestId"]], size))
    return lines


def cpu_seconds(pid):
    """User + system CPU time of process `pid` so far."""
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def csp_violations(d):
    return [e["message"] for e in d.get_log("browser") if "Content Security Policy" in e["message"] or "Refused" in e["message"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wijknet", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--shots")
    ap.add_argument("--regio", help="samples/regio (default: beside --samples)")
    ap.add_argument("--measure", nargs="+", metavar="FILE", help="LOG ACTORS [GOALS]")
    args = ap.parse_args()
    if args.measure and len(args.measure) not in (2, 3):
        ap.error("--measure takes LOG ACTORS [GOALS]")
    samples = os.path.abspath(args.samples)
    regio = os.path.abspath(args.regio or os.path.join(os.path.dirname(samples), "regio"))
    wijknet = os.path.abspath(args.wijknet)
    key = os.path.join(samples, "demo.key")
    tmpdir = tempfile.mkdtemp(prefix="wijknet-e2e-")
    work = tempfile.mkdtemp(prefix="wijknet-e2e-files-")
    server, url, port, token = start_server(os.path.abspath(args.wijknet), key, tmpdir)
    base = "http://127.0.0.1:%d" % port
    d = None
    try:
        http_checks(base, port, token)
        upload_limit_check(os.path.abspath(args.wijknet), key, tmpdir)

        d = browser()
        d.get(url)
        d.find_element(By.ID, "file-actors").send_keys(os.path.join(samples, "actors.csv"))
        WebDriverWait(d, 20).until(lambda d: "actors.csv" in d.find_element(By.ID, "name-actors").text)
        d.find_element(By.ID, "file-goals").send_keys(os.path.join(samples, "goals.toml"))
        WebDriverWait(d, 20).until(lambda d: "goals.toml" in d.find_element(By.ID, "name-goals").text)
        t0 = time.monotonic()
        d.find_element(By.ID, "file-log").send_keys(os.path.join(samples, "contacts.csv"))
        ms = wait_report(d)
        wall = time.monotonic() - t0
        check(bool(ms), "the sample report appears after the upload (page: %s ms, Selenium wall clock %.2f s)" % (ms, wall))
        if ms:
            print("figure: sample upload -> report shown: %s ms (page), %.2f s (wall)" % (ms, wall))
        state = in_report(d, """
            var f = document.getElementById('verdict');
            return { findings: f ? f.querySelectorAll('li').length : -1,
                     domains: !!document.querySelector('#figure-domains svg'), gaps: !!document.querySelector('#figure-gaps svg'),
                     header: (document.querySelector('header.top p') || {}).textContent || '',
                     sections: Array.prototype.map.call(document.querySelectorAll('main > section'), function (s) { return s.id; }) };""")
        check(state["findings"] > 0, "the findings are there (%d)" % state["findings"])
        check(state["domains"] and state["gaps"], "both diagrams are there (domains %s, gaps %s)" % (state["domains"], state["gaps"]))
        check("partners" in state["sections"] and "how-to-read" in state["sections"] and "goals" in state["sections"],
              "the report's sections, goals included: %s" % state["sections"])
        # The report's own sorting script runs (allowed by its hash in the CSP).
        sorted_ok = in_report(d, """
            var t = document.getElementById('partners-betweenness'); if (!t) return 'no table';
            function col() { return Array.prototype.map.call(t.tBodies[0].rows, function (r) { return parseFloat(r.cells[3].getAttribute('data-sort')); }); }
            var before = col().join(); t.querySelectorAll('thead th')[3].click(); return before !== col().join();""")
        check(sorted_ok is True, "the report's sort script runs under the CSP (%s)" % sorted_ok)
        # So does the map (the same script), and its data block is read.
        map_ok = in_report(d, """
            var b = document.getElementById('map-box'); if (!b) return 'no map';
            var g = b.querySelector('g.node'); g.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
            g.dispatchEvent(new MouseEvent('click', { bubbles: true }));
            return !!b.getAttribute('data-ready-ms') && g.classList.contains('focus') && !b.querySelector('.map-panel').hidden;""")
        check(map_ok is True, "the report's map runs under the CSP: a click focuses a partner (%s)" % map_ok)
        WebDriverWait(d, 20).until(lambda d: int(d.find_element(By.TAG_NAME, "body").get_attribute("data-linked") or 0) > 0)
        shoot(d, args.shots, "report")
        csrf_check(d, base, port, token)

        # Switch the period: the second half of 2025 only.
        reset_marks(d)
        d.execute_script("document.getElementById('from').value = '2025-07-01'; document.getElementById('to').value = '2025-12-31';")
        d.find_element(By.ID, "make").click()
        wait_report(d)
        header = in_report(d, "return document.querySelector('header.top p').textContent;")
        check(header != state["header"] and ("07-2025" in header or "juli 2025" in header or "2025-07-01" in header),
              "switching the period changes the report: %r -> %r" % (state["header"][:60], header[:60]))

        # Click a partner in a table: its ego diagram opens.
        WebDriverWait(d, 20).until(lambda d: int(d.find_element(By.TAG_NAME, "body").get_attribute("data-linked") or 0) > 0)
        label = in_report(d, """
            var td = document.querySelector('#partners td[data-actor]'); if (!td) return null;
            td.click(); return td.textContent.trim();""")
        check(bool(label), "a partner in the partners table is clickable (%r)" % label)
        WebDriverWait(d, 30).until(lambda d: d.find_element(By.ID, "ego").is_displayed()
                                   and d.execute_script("var i = document.getElementById('ego-img'); return i.complete && i.naturalWidth > 0;"))
        title = d.find_element(By.ID, "ego-title").text
        check(label is not None and label in title, "the ego view of %r opens (%r)" % (label, title))
        shoot(d, args.shots, "ego")

        # Click a partner on the map: its panel offers the same ego diagram.
        d.execute_script("document.getElementById('ego').hidden = true; document.getElementById('ego-img').removeAttribute('src');")
        map_actor = in_report(d, """
            var b = document.getElementById('map-box'), g = b.querySelector('g.node:not(.place)');
            g.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
            g.dispatchEvent(new MouseEvent('click', { bubbles: true }));
            var button = b.querySelector('.map-panel button.map-ego'); if (!button) return null;
            button.click(); return g.getAttribute('data-actor');""")
        check(bool(map_actor), "a partner focused on the map offers its ego diagram (%r)" % map_actor)
        WebDriverWait(d, 30).until(lambda d: d.find_element(By.ID, "ego").is_displayed()
                                   and d.execute_script("var i = document.getElementById('ego-img'); return i.complete && i.naturalWidth > 0;"))
        src = d.execute_script("return document.getElementById('ego-img').getAttribute('src');")
        check(map_actor is not None and ("actor=" + urllib.parse.quote(map_actor, safe="")) in src,
              "the map's ego button loads that partner's ego diagram (%r)" % src)

        # Downloads: the report HTML is the page of `wijknet report`, an SVG and an export.
        session = {"X-Wijknet-Session": page_session(base, token)}
        status, headers, body = http(base + "/download/report.html", headers=session)
        check(status == 200 and "attachment" in headers.get("Content-Disposition", "") and b'id="findings"' in body, "the report downloads")
        # One source: the downloaded report is byte for byte what `wijknet report` writes.
        cli = subprocess.run([os.path.abspath(args.wijknet), "report", "contacts.csv", "--actors", "actors.csv", "--goals", "goals.toml", "--lang", "nl",
                              "--pseudonym-key-file", "demo.key"], cwd=samples, capture_output=True)
        check(cli.returncode == 0 and cli.stdout == body, "the downloaded report is the same bytes as `wijknet report` (%d vs %d bytes)" % (len(body), len(cli.stdout)))
        status, _, body = http(base + "/download/gaps.svg", headers=session)
        check(status == 200 and b"<svg" in body, "the gaps diagram downloads as SVG")
        status, _, body = http(base + "/download/wijknet.graphml", headers=session)
        check(status == 200 and b"<graphml" in body and b"j-0" not in body, "the GraphML export downloads, young people pseudonymised")

        # A before/after pair, the report in English: the comparison section with both periods.
        reset_marks(d)
        d.execute_script("""['from', 'to'].forEach(function (id) { document.getElementById(id).value = ''; });
            document.getElementById('beforeFrom').value = '2025-01-01'; document.getElementById('beforeTo').value = '2025-06-30';
            document.getElementById('afterFrom').value = '2025-07-01'; document.getElementById('afterTo').value = '2025-12-31';""")
        Select(d.find_element(By.ID, "lang")).select_by_value("en")
        d.find_element(By.ID, "make").click()
        ms = wait_report(d)
        check(bool(ms) and not d.find_element(By.ID, "error").is_displayed(), "the before/after report appears (%r)" % d.find_element(By.ID, "error").text[:200])
        cmp = in_report(d, """
            var s = document.getElementById('comparison'); if (!s) return null;
            return { lang: document.documentElement.lang, heading: s.querySelector('h2').textContent,
                     periods: s.querySelector('p').textContent,
                     ties: Array.prototype.map.call(s.querySelectorAll('p'), function (p) { return p.textContent; })
                              .filter(function (t) { return /^Ties between partners: /.test(t); })[0] || '',
                     before: !!s.querySelector('#figure-compare-before svg'), after: !!s.querySelector('#figure-compare-after svg'),
                     findings: document.querySelector('#findings h2').textContent };""") or {}
        check(cmp.get("lang") == "en" and cmp.get("heading") == "Before and after" and cmp.get("findings") == "Further findings",
              "--lang en from the language choice, with the comparison section: %r, %r, %r" % (cmp.get("lang"), cmp.get("heading"), cmp.get("findings")))
        check(cmp.get("periods") == "Before: 2025-01-01 – 2025-06-30. After: 2025-07-01 – 2025-12-31.",
              "the comparison names the before period first, then the after period: %r" % cmp.get("periods"))
        check(cmp.get("before") and cmp.get("after"), "the before and after domains diagrams are both there")
        m = re.match(r"Ties between partners: (\d+) before, (\d+) after\.$", cmp.get("ties", ""))
        check(m is not None and m.group(1) != m.group(2), "the figures before -> after: %r" % cmp.get("ties"))
        code, expected = cli_report(wijknet, samples, ["contacts.csv", "--actors", "actors.csv", "--goals", "goals.toml", "--lang", "en",
                                                        "--before", "2025-01-01..2025-06-30", "--after", "2025-07-01..2025-12-31",
                                                        "--pseudonym-key-file", "demo.key"])
        check(code == 0 and ("<p>%s</p>" % cmp.get("ties", "?")).encode() in expected,
              "the same figures as `wijknet report --before 2025-01-01..2025-06-30 --after 2025-07-01..2025-12-31 --lang en`")
        status, _, body = http(page_download(d, "report.html"))
        check(status == 200 and body == expected, "the downloaded before/after report is the bytes of the command (%d vs %d bytes)" % (len(body), len(expected)))
        shoot(d, args.shots, "before-after")
        # Back to Dutch, without the pair: the comparison section is gone.
        reset_marks(d)
        d.execute_script("['beforeFrom', 'beforeTo', 'afterFrom', 'afterTo'].forEach(function (id) { document.getElementById(id).value = ''; });")
        Select(d.find_element(By.ID, "lang")).select_by_value("nl")
        d.find_element(By.ID, "make").click()
        wait_report(d)
        nl = in_report(d, "return [document.documentElement.lang, document.querySelector('#findings h2').textContent, !!document.getElementById('comparison')];")
        check(nl == ["nl", "Verdere bevindingen", False], "the language switched back to Dutch, without the comparison: %r" % nl)
        Select(d.find_element(By.ID, "lang")).select_by_value("")
        # Only one half of the pair: the command line's message, no report.
        reset_marks(d)
        d.execute_script("document.getElementById('beforeFrom').value = '2025-01-01';")
        d.find_element(By.ID, "make").click()
        wait_report(d)
        error = d.find_element(By.ID, "error").text
        check("Vul zowel de periode vóór als de periode ná in" in error, "half a before/after pair: %r" % error[:120])
        d.execute_script("document.getElementById('beforeFrom').value = '';")

        # A broken file: the error with its line.
        broken = os.path.join(work, "kapot.csv")
        with open(os.path.join(samples, "contacts.csv"), encoding="utf-8") as f:
            lines = f.read().splitlines()
        lines[4] = "31-02-2025" + lines[4][lines[4].index(","):]
        with open(broken, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        reset_marks(d)
        d.find_element(By.ID, "file-log").send_keys(broken)
        # Shown first, filled a moment later on a loaded machine: wait for the text itself.
        # Wait for this file's words: the error of the half pair before may still be shown a moment.
        WebDriverWait(d, 30).until(lambda d: d.find_element(By.ID, "problems").is_displayed() and d.find_element(By.ID, "error").is_displayed()
                                   and "kapot.csv" in d.find_element(By.ID, "error").text and "kapot.csv" in d.find_element(By.ID, "problem-list").text)
        error = d.find_element(By.ID, "error").text
        problems = d.find_element(By.ID, "problem-list").text
        check("kapot.csv, regel 5, kolom 1" in error and "kapot.csv, regel 5, kolom 1" in problems, "the broken file's error names kapot.csv, regel 5, kolom 1: %r" % error[:160])
        # Issue 25: the reason in the catalogue's Dutch, with its fix, and nothing marked English.
        check("de datum '31-02-2025' is niet te lezen" in error and "schrijf datums als DD-MM-JJJJ" in problems,
              "the broken file's reason and fix are in Dutch: %r / %r" % (error[:200], problems[:200]))
        check("cannot be read" not in error + problems, "no English reason in the page: %r" % (error + problems)[:200])
        check(not d.find_elements(By.CSS_SELECTOR, "[lang='en']"), "no element of the page is marked English")
        check("wijknet-serve-" not in error + problems, "messages name the user's file, not the server's folder")
        check("Traceback" not in error and "Fatal error" not in error, "no stack trace in the page")
        check(not d.find_element(By.ID, "report").is_displayed(), "the report of the good file is hidden while the new file has errors")
        shoot(d, args.shots, "error")
        d.find_element(By.ID, "skip").click()
        ms = wait_report(d)
        check(bool(ms) and not d.find_element(By.ID, "error").is_displayed(), "skipping the bad rows gives the report again")

        # Headers Wijknet does not know: the column mapping form opens; mapped, the report comes.
        odd = os.path.join(work, "eigen-kopjes.csv")
        with open(odd, "w", encoding="utf-8") as f:
            f.write("\n".join(["Wanneer,Wie,Met wie,Over,Waar,Soort,Gewicht"] + lines[1:]) + "\n")
        reset_marks(d)
        d.find_element(By.ID, "file-log").send_keys(odd)
        WebDriverWait(d, 30).until(lambda d: d.find_element(By.ID, "error").is_displayed())
        error = d.find_element(By.ID, "error").text
        check("eigen-kopjes.csv, regel 1, kolom 1" in error and "de verplichte kolom 'datum'" in error,
              "unknown headers: the error names the place and the missing column, in Dutch (%r)" % error[:300])
        check(d.find_element(By.ID, "mapping").get_attribute("open") is not None, "the column mapping form opens")
        for column, header in [("date", "Wanneer"), ("source", "Wie"), ("target", "Met wie"), ("about", "Over"),
                               ("place", "Waar"), ("type", "Soort"), ("weight", "Gewicht")]:
            Select(d.find_element(By.ID, "map-log-" + column)).select_by_value(header)
        d.find_element(By.ID, "apply-mapping").click()
        ms = wait_report(d)
        check(bool(ms) and not d.find_element(By.ID, "error").is_displayed(),
              "with the columns mapped in the form, the report appears (%r)" % d.find_element(By.ID, "error").text[:300])
        rows = in_report(d, "return document.querySelector('#summary dl').textContent;")
        check("2600 gelezen" in rows, "the mapped log is read whole (%r)" % rows[:200])   # the page's report is Dutch

        # Take the goals and the actors out again, and drop the regio files onto the drop zones.
        for slot in ["goals", "actors"]:
            reset_marks(d)
            d.find_element(By.ID, "forget-" + slot).click()
            WebDriverWait(d, 30).until(lambda d: d.find_element(By.ID, "name-" + slot).text == "")
            wait_report(d)
        check(not in_report(d, "return !!document.getElementById('goals');"), "without the goals file the report has no goals section")
        reset_marks(d)
        dropped = drop_file(d, "drop-actors", os.path.join(regio, "actors.csv"))
        check(dropped["highlighted"] and dropped["accepted"] and not dropped["after"],
              "the actors drop zone takes a dragged file (highlighted %s, accepted %s)" % (dropped["highlighted"], dropped["accepted"]))
        WebDriverWait(d, 30).until(lambda d: "actors.csv" in d.find_element(By.ID, "name-actors").text)
        wait_report(d)
        reset_marks(d)
        drop_file(d, "drop-log", os.path.join(regio, "contacts.csv"))
        WebDriverWait(d, 30).until(lambda d: "contacts.csv" in d.find_element(By.ID, "name-log").text)
        ms = wait_report(d)
        check(bool(ms) and not d.find_element(By.ID, "error").is_displayed(), "the dropped regio files give a report (%r)" % d.find_element(By.ID, "error").text[:200])
        wijken = column_values(os.path.join(regio, "actors.csv"), "wijk", "neighbourhood")
        gemeenten = column_values(os.path.join(regio, "actors.csv"), "gemeente", "municipality")
        check({"Havenkwartier", "Molenbuurt", "Dijkdorp"} <= set(wijken) and len(gemeenten) >= 2,
              "samples/regio has the three wijken (%s) and municipalities (%s)" % (wijken, gemeenten))
        offered = d.execute_script("return Array.prototype.slice.call(document.getElementById('neighbourhood').options, 1).map(function (o) { return o.value; });")
        check(sorted(offered) == wijken, "the neighbourhood choice offers the dropped actors file's wijken: %s" % offered)
        for level, expected_units, heading in [("neighbourhood", wijken, "Per wijk"), ("municipality", gemeenten, "Per gemeente")]:
            reset_marks(d)
            Select(d.find_element(By.ID, "by")).select_by_value(level)
            d.find_element(By.ID, "make").click()
            wait_report(d)
            units = in_report(d, """
                var t = document.getElementById('units-table'); if (!t) return null;
                return { heading: document.querySelector('#units h2').textContent,
                         columns: Array.prototype.slice.call(t.tHead.rows[0].cells, 1).map(function (c) { return c.textContent; }),
                         diagrams: document.querySelectorAll('#units figure svg').length };""")
            check(units is not None and units["columns"] == expected_units + ["regio"] and units["heading"] == heading,
                  "--by %s: the units table has a column per unit, then the region: %r" % (level, units))
            check(units is not None and units["diagrams"] == len(expected_units), "--by %s: a domains diagram per unit (%r)" % (level, units and units["diagrams"]))
            code, expected = cli_report(wijknet, regio, ["contacts.csv", "--actors", "actors.csv", "--by", level, "--pseudonym-key-file", key])
            status, _, body = http(page_download(d, "report.html"))
            check(code == 0 and body == expected, "--by %s: the downloaded report is the bytes of the command (%d vs %d bytes)" % (level, len(body), len(expected)))
            if level == "neighbourhood":
                shoot(d, args.shots, "by-neighbourhood")
        Select(d.find_element(By.ID, "by")).select_by_value("")

        violations = csp_violations(d)
        check(not violations, "no Content-Security-Policy violation in the browser log: %s" % violations[:3])

        if args.measure:
            # The log and its actors, and a goals file only when given (the sample's is out by now).
            log, actors = os.path.abspath(args.measure[0]), os.path.abspath(args.measure[1])
            goals = os.path.abspath(args.measure[2]) if len(args.measure) > 2 else None
            d.execute_script("document.getElementById('from').value = ''; document.getElementById('to').value = '';")
            d.execute_script("document.getElementById('skip').checked = false;")
            reset_marks(d)
            d.find_element(By.ID, "file-actors").send_keys(actors)
            WebDriverWait(d, 60).until(lambda d: os.path.basename(actors) in d.find_element(By.ID, "name-actors").text)
            wait_report(d, 900)
            if goals:
                reset_marks(d)
                d.find_element(By.ID, "file-goals").send_keys(goals)
                WebDriverWait(d, 60).until(lambda d: os.path.basename(goals) in d.find_element(By.ID, "name-goals").text)
                wait_report(d, 900)
            reset_marks(d)
            d.get_log("performance")
            seen = set()
            cpu0, t0 = cpu_seconds(server.pid), time.monotonic()
            d.find_element(By.ID, "file-log").send_keys(log)
            while not d.find_element(By.TAG_NAME, "body").get_attribute("data-report-ms") and time.monotonic() - t0 < 900:
                seen.add(d.find_element(By.ID, "status").text.split(" … ")[0])
                time.sleep(0.25)
            wall, cpu = time.monotonic() - t0, cpu_seconds(server.pid) - cpu0
            print("figure: %s%s upload -> report shown: %s ms (page), %.2f s (wall), server CPU %.2f s; progress lines seen: %s"
                  % (args.measure[0], " (with %s)" % args.measure[2] if goals else "", d.find_element(By.TAG_NAME, "body").get_attribute("data-report-ms"), wall, cpu, sorted(seen)))
            print("timeline:\n  " + "\n  ".join(timeline(d, port)))
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.monotonic()
            code, _ = cli_report(wijknet, os.getcwd(), [log, "--actors", actors, "--pseudonym-key-file", key] + (["--goals", goals] if goals else []))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            print("figure: wijknet report on the same files just after: %.2f s (wall), CPU %.2f s, exit %d; load average %s"
                  % (time.monotonic() - t0, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, code,
                     " ".join("%.2f" % x for x in os.getloadavg())))
    finally:
        if d:
            d.quit()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
        left = [n for n in os.listdir(tmpdir)]
        check(not left, "after SIGTERM the uploads are removed (left in TMPDIR: %s)" % left)
        shutil.rmtree(tmpdir, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
