#!/usr/bin/env python3
"""End-to-end test of `wijknet serve` in headless Chromium, driven by Selenium (pip `selenium`,
Debian `chromium` and `chromium-driver`).

Starts the server on a free port (--port 0), checks the token (403 without it), the Host check,
the security headers and the upload limit over plain HTTP; then in the browser: uploads the
sample actors file and log, waits for the report, checks the findings and both diagrams, switches
the period, clicks a partner to open its ego diagram, uploads a broken file and sees the error
with its line, skips the bad rows. Stops the server with SIGTERM and checks that the uploads are
gone. Exit 0 when everything holds; every failed check is printed.

  serve_e2e.py --wijknet .build/debug/wijknet --samples samples/zuiderhof [--shots DIR]
  serve_e2e.py ... --measure LOG ACTORS   (also times upload -> report for that log; no check)
"""
import argparse, json, os, re, shutil, signal, subprocess, sys, tempfile, time, urllib.error, urllib.request

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
    p = subprocess.Popen([wijknet, "serve", "--port", "0", "--pseudonym-key-file", key, *extra],
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


def http_checks(base, port, token):
    status, _, body = http(base + "/")
    check(status == 403, "GET / without the token: 403 (got %d)" % status)
    status, _, _ = http(base + "/upload/log", data=b"date,source\n", method="POST")
    check(status == 403, "POST /upload/log without the token: 403 (got %d)" % status)
    status, _, _ = http(base + "/?token=" + "0" * len(token))
    check(status == 403, "a wrong token of the right length: 403 (got %d)" % status)
    status, _, _ = http(base + "/report", headers={"Cookie": "wijknet_token=nope"})
    check(status == 403, "a wrong token in the cookie: 403 (got %d)" % status)
    status, _, _ = http(base + "/?token=" + token, headers={"Host": "evil.example:%d" % port})
    check(status == 421, "another Host (DNS rebinding): 421 (got %d)" % status)
    status, headers, body = http(base + "/?token=" + token)
    csp = headers.get("Content-Security-Policy", "")
    check(status == 200 and "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp,
          "the app page has a Content-Security-Policy: %s" % csp)
    check("SameSite=Strict" in headers.get("Set-Cookie", "") and "HttpOnly" in headers.get("Set-Cookie", ""),
          "the first load sets a SameSite=Strict, HttpOnly cookie")
    check(b"<script>" not in body, "the app page has no inline script")
    status, _, body = http(base + "/report?token=" + token)
    check(status == 422 and b"drop a contact log" in body, "the report before any upload: 422 with a clear message (%d %r)" % (status, body[:120]))


def upload_limit_check(wijknet, key, tmpdir):
    p, base, port, token = start_server(wijknet, key, tmpdir, ["--upload-limit", "1"])
    try:
        status, _, body = http(base.split("/?")[0] + "/upload/log?token=" + token, data=b"x" * (1024 * 1024 + 10),
                               headers={"X-File-Name": "big.csv"}, method="POST")
        check(status == 413 and b"upload limit of 1 MB" in body, "an upload past --upload-limit 1: 413 with a clear message (%d %r)" % (status, body[:160]))
    finally:
        p.terminate(); p.wait(10)


def browser():
    o = Options()
    o.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400", "--hide-scrollbars"]:
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
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


def csp_violations(d):
    return [e["message"] for e in d.get_log("browser") if "Content Security Policy" in e["message"] or "Refused" in e["message"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wijknet", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--shots")
    ap.add_argument("--measure", nargs=2, metavar=("LOG", "ACTORS"))
    args = ap.parse_args()
    samples = os.path.abspath(args.samples)
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
            var f = document.getElementById('findings');
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
        WebDriverWait(d, 20).until(lambda d: int(d.find_element(By.TAG_NAME, "body").get_attribute("data-linked") or 0) > 0)
        shoot(d, args.shots, "report")

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

        # Downloads: the report HTML is the page of `wijknet report`, an SVG and an export.
        status, headers, body = http(base + "/download/report.html?token=" + token)
        check(status == 200 and "attachment" in headers.get("Content-Disposition", "") and b'id="findings"' in body, "the report downloads")
        # One source: the downloaded report is byte for byte what `wijknet report` writes.
        cli = subprocess.run([os.path.abspath(args.wijknet), "report", "contacts.csv", "--actors", "actors.csv", "--goals", "goals.toml",
                              "--pseudonym-key-file", "demo.key"], cwd=samples, capture_output=True)
        check(cli.returncode == 0 and cli.stdout == body, "the downloaded report is the same bytes as `wijknet report` (%d vs %d bytes)" % (len(body), len(cli.stdout)))
        status, _, body = http(base + "/download/gaps.svg?token=" + token)
        check(status == 200 and b"<svg" in body, "the gaps diagram downloads as SVG")
        status, _, body = http(base + "/download/wijknet.graphml?token=" + token)
        check(status == 200 and b"<graphml" in body and b"j-0" not in body, "the GraphML export downloads, young people pseudonymised")

        # A broken file: the error with its line.
        broken = os.path.join(work, "kapot.csv")
        with open(os.path.join(samples, "contacts.csv"), encoding="utf-8") as f:
            lines = f.read().splitlines()
        lines[4] = "31-02-2025" + lines[4][lines[4].index(","):]
        with open(broken, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        reset_marks(d)
        d.find_element(By.ID, "file-log").send_keys(broken)
        WebDriverWait(d, 30).until(lambda d: d.find_element(By.ID, "problems").is_displayed() and d.find_element(By.ID, "error").is_displayed())
        error = d.find_element(By.ID, "error").text
        problems = d.find_element(By.ID, "problem-list").text
        check("kapot.csv:5:1" in error and "kapot.csv:5:1" in problems, "the broken file's error names kapot.csv:5:1: %r" % error[:160])
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
        check("eigen-kopjes.csv:1:1" in error and "required column 'date'" in error, "unknown headers: the error names the missing column (%r)" % error[:120])
        check(d.find_element(By.ID, "mapping").get_attribute("open") is not None, "the column mapping form opens")
        for column, header in [("date", "Wanneer"), ("source", "Wie"), ("target", "Met wie"), ("about", "Over"),
                               ("place", "Waar"), ("type", "Soort"), ("weight", "Gewicht")]:
            Select(d.find_element(By.ID, "map-log-" + column)).select_by_value(header)
        d.find_element(By.ID, "apply-mapping").click()
        ms = wait_report(d)
        check(bool(ms) and not d.find_element(By.ID, "error").is_displayed(),
              "with the columns mapped in the form, the report appears (%r)" % d.find_element(By.ID, "error").text[:300])
        rows = in_report(d, "return document.querySelector('#summary dl').textContent;")
        check("2600 read" in rows, "the mapped log is read whole (%r)" % rows[:200])

        violations = csp_violations(d)
        check(not violations, "no Content-Security-Policy violation in the browser log: %s" % violations[:3])

        if args.measure:
            reset_marks(d)
            d.find_element(By.ID, "skip").click() if d.find_element(By.ID, "skip").is_selected() else None
            d.execute_script("document.getElementById('from').value = ''; document.getElementById('to').value = '';")
            d.find_element(By.ID, "file-actors").send_keys(os.path.abspath(args.measure[1]))
            WebDriverWait(d, 60).until(lambda d: os.path.basename(args.measure[1]) in d.find_element(By.ID, "name-actors").text)
            wait_report(d, 900)
            reset_marks(d)
            seen = set()
            t0 = time.monotonic()
            d.find_element(By.ID, "file-log").send_keys(os.path.abspath(args.measure[0]))
            while not d.find_element(By.TAG_NAME, "body").get_attribute("data-report-ms") and time.monotonic() - t0 < 900:
                seen.add(d.find_element(By.ID, "status").text.split(" … ")[0])
                time.sleep(0.25)
            wall = time.monotonic() - t0
            print("figure: %s upload -> report shown: %s ms (page), %.2f s (wall); progress lines seen: %s"
                  % (args.measure[0], d.find_element(By.TAG_NAME, "body").get_attribute("data-report-ms"), wall, sorted(seen)))
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
