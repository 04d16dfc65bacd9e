#!/usr/bin/env python3
"""The page that remembers, in Dutch (issue 25), in headless Chromium driven by Selenium.

Starts `wijknet serve --workspace DIR` on a free port and checks, in the browser:
- the mapping form arrives pre-filled, labelled in Dutch, for samples/zuiderhof-export/export.csv
  (the server worked the mapping out), and the report follows without a click;
- a reload (F5) and a restart of the server find the uploads, the mapping and the report again,
  with the same pseudonyms (the workspace's key);
- the pseudonym lookup turns a pseudonym of the report into the young person's name in the page
  (the name `wijknet keylist` gives for it), and that name is nowhere in the report;
- with the English-headed sample (samples/zuiderhof/contacts.csv) uploaded, every text node of
  the page and of the report in its frame is Dutch: none of the words of ENGLISH;
- a goal made in the goals editor gives the same `wijknet goals` output as the TOML file written
  by hand;
- Verwijderen empties the workspace (only its lock and key stay) and a reload finds nothing;
- the 403 page is Dutch; the stop button ends the server; without a workspace the page says it
  forgets at the stop.
Exit 0 when everything holds; every failed check is printed.

  serve_workspace_e2e.py --wijknet .build/debug/wijknet --samples samples
"""
import argparse, os, re, shutil, signal, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve_e2e import browser, check, failures, http, in_report, reset_marks, wait_report  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

# Words that must not appear in the Dutch page (whole words, any case).
ENGLISH = ["liaison", "betweenness", "reach", "sets", "seeded", "greedy", "swaps", "unknown", "warning", "error",
           "note", "all", "estimated", "sampled", "column", "file", "row", "key", "log source", "upload", "limit",
           "drop", "token", "missing", "found", "header", "rows", "columns", "skipped", "ignored"]

EXPORT_MAPPING = {"date": "Datum", "source": "Medewerker", "target": "Contact met", "about": "Jongere",
                  "place": "Locatie", "type": "Soort contact", "weight": "Duur"}


# Four goals of samples/zuiderhof/goals.toml, as the editor makes them and as written by hand.
EDITOR_GOALS = [
    {"name": "Wijkteam en zorg zien elkaar", "measure": "contacts", "a": "p-0001", "b": "care", "direction": "at_least", "target": "12"},
    {"name": "Zorg op het Vmbo", "measure": "contacts", "a": "social", "b": "care", "scope": "place=plek-002", "direction": "at_least", "target": "20"},
    {"name": "Sociaal en veiligheid samen", "measure": "youth_share", "domains": ["social", "safety"], "direction": "at_least", "target": "50"},
    {"name": "Zorgcoördinator verbindt", "measure": "metric", "actor": "p-school", "metric": "betweenness", "direction": "at_least", "target": "0,02"},
]
GOALS_BY_HAND = """
[[goal]]
name = "Wijkteam en zorg zien elkaar"
measure = "contacts"
between = ["p-0001", "care"]
at_least = 12

[[goal]]
name = "Zorg op het Vmbo"
measure = "contacts"
between = ["social", "care"]
scope = { place = "plek-002" }
at_least = 20

[[goal]]
name = "Sociaal en veiligheid samen"
measure = "youth_share"
domains = ["social", "safety"]
at_least = 50

[[goal]]
name = "Zorgcoördinator verbindt"
measure = "metric"
actor = "p-school"
metric = "betweenness"
at_least = 0.02
"""


def start(wijknet, workspace, home, extra=()):
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"), TMPDIR=home)
    env.pop("WIJKNET_PSEUDONYM_KEY", None)
    args = [wijknet, "serve", "--port", "0"] + (["--workspace", workspace] if workspace else ["--no-workspace"]) + list(extra)
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = p.stdout.readline()
    m = re.search(r"Open (http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+))", line)
    if not m:
        p.kill()
        raise SystemExit("the server did not print its URL: %r %r" % (line, p.stderr.read()))
    return p, m.group(1), int(m.group(2))


def stop(p):
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(30)
    except subprocess.TimeoutExpired:
        p.kill()


def texts(d, frame=False):
    """Every non-blank text node (with the titles, placeholders and labels the user reads)."""
    script = """
        var out = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (w.nextNode()) {
          var n = w.currentNode, p = n.parentNode;
          if (!/\\S/.test(n.nodeValue) || p.closest('script,style')) continue;
          // The library's English detail is marked as such (lang="en"): listed apart.
          out.push({ text: n.nodeValue.trim(), en: !!p.closest('[lang="en"]') });
        }
        document.querySelectorAll('[title],[placeholder],[aria-label],[alt]').forEach(function (e) {
          ['title', 'placeholder', 'aria-label', 'alt'].forEach(function (a) { if (e.getAttribute(a)) out.push({ text: e.getAttribute(a), en: false }); });
        });
        return out;"""
    return in_report(d, script) if frame else d.execute_script(script)


def english_words(items):
    found = []
    for item in items:
        if item["en"]:
            continue
        for w in ENGLISH:
            if re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", item["text"], re.I):
                found.append((w, item["text"][:120]))
    return found


def mapping_values(d, file, names):
    return {n: Select(d.find_element(By.ID, "map-%s-%s" % (file, n))).first_selected_option.get_attribute("value") for n in names}


def pseudonyms(d):
    """The pseudonyms in the report's text, node by node (cells follow each other without a space)."""
    nodes = in_report(d, """var out = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (w.nextNode()) out.push(w.currentNode.nodeValue); return out;""")
    return sorted({p for n in nodes for p in re.findall(r"\bJ-[0-9a-f]{8,64}\b", n)})


def wait_restored(d):
    WebDriverWait(d, 30).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-restored") is not None)
    return int(d.find_element(By.TAG_NAME, "body").get_attribute("data-restored"))


def goals_cli(wijknet, log, actors, goals, key):
    r = subprocess.run([wijknet, "goals", log, "--actors", actors, "--goals", goals, "--pseudonym-key-file", key,
                        "--period", "quarter", "--format", "csv"], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wijknet", required=True)
    ap.add_argument("--samples", required=True, help="the samples folder")
    args = ap.parse_args()
    wijknet, samples = os.path.abspath(args.wijknet), os.path.abspath(args.samples)
    log, actors = os.path.join(samples, "zuiderhof", "contacts.csv"), os.path.join(samples, "zuiderhof", "actors.csv")
    export = os.path.join(samples, "zuiderhof-export", "export.csv")
    home = tempfile.mkdtemp(prefix="wijknet-ws-e2e-")
    workspace = os.path.join(home, "werkmap")
    server, url, port = start(wijknet, workspace, home)
    d = None
    try:
        d = browser()
        d.get(url)
        keeping = d.find_element(By.ID, "keeping").text
        check("blijven bewaard" in keeping and workspace in keeping, "the page says where the files are kept: %r" % keeping)
        check(oct(os.stat(workspace).st_mode & 0o777) == "0o700", "the workspace is made with mode 0700")

        # 1. The export with its own headers: the form arrives pre-filled, the report follows.
        d.find_element(By.ID, "file-actors").send_keys(actors)
        WebDriverWait(d, 20).until(lambda d: "actors.csv" in d.find_element(By.ID, "name-actors").text)
        reset_marks(d)
        d.find_element(By.ID, "file-log").send_keys(export)
        ms = wait_report(d)
        error = d.find_element(By.ID, "error").text
        check(bool(ms) and not d.find_element(By.ID, "error").is_displayed(), "export.csv gives the report at once, mapped by the server (%r)" % error[:200])
        print("figure: export.csv dropped -> mapped -> report shown: %s ms (page)" % ms)
        check(d.find_element(By.ID, "mapping").get_attribute("open") is not None, "the mapping form is open to be checked")
        check(mapping_values(d, "log", EXPORT_MAPPING) == EXPORT_MAPPING,
              "the mapping form arrives pre-filled for export.csv: %r" % mapping_values(d, "log", EXPORT_MAPPING))
        labels = d.execute_script("return Array.prototype.map.call(document.querySelectorAll('#mapping-log label'), function (l) { return l.firstChild.nodeValue.trim(); });")
        check(labels == ["contactlog: datum", "contactlog: van (partner)", "contactlog: naar / met", "contactlog: over (jongere)",
                         "contactlog: plek", "contactlog: soort contact", "contactlog: gewicht"], "the mapping form is labelled in Dutch: %r" % labels)
        rows = in_report(d, "return document.querySelector('#summary dl').textContent;")
        check("2600 gelezen" in rows, "the mapped export is read whole (%r)" % rows[:120])
        before = pseudonyms(d)
        check(len(before) >= 3, "the report names young people by pseudonym (%d)" % len(before))

        # 2. Reload (F5): the files, the mapping and the report come back.
        reset_marks(d)
        d.refresh()
        check(wait_restored(d) == 2, "after a reload the page finds the two files of the workspace")
        ms = wait_report(d)
        check(bool(ms) and "export.csv" in d.find_element(By.ID, "name-log").text and "actors.csv" in d.find_element(By.ID, "name-actors").text,
              "after a reload: the file names and the report (%r)" % d.find_element(By.ID, "error").text[:200])
        print("figure: reload -> workspace restored -> report shown: %s ms (page)" % ms)
        check(mapping_values(d, "log", EXPORT_MAPPING) == EXPORT_MAPPING, "after a reload: the mapping")

        # 3. Restart the server on the same workspace: the same, with the same pseudonyms.
        stop(server)
        check(sorted(n for n in os.listdir(workspace)) == ["actors", "lock", "log", "pseudonym.key", "state.json"],
              "after the stop the workspace keeps the files, the state and the key: %s" % sorted(os.listdir(workspace)))
        server, url, port = start(wijknet, workspace, home)
        reset_marks(d)
        d.get(url)
        check(wait_restored(d) == 2, "after a restart the page finds the two files")
        ms = wait_report(d)
        check(bool(ms) and not d.find_element(By.ID, "error").is_displayed(), "after a restart: the report (%r)" % d.find_element(By.ID, "error").text[:200])
        print("figure: restart -> workspace restored -> report shown: %s ms (page)" % ms)
        check(pseudonyms(d) == before, "after a restart the young people keep their pseudonyms (the workspace's key)")

        # 4. The lookup: a pseudonym of the report -> the name keylist gives for it; not in the report.
        keylist = os.path.join(home, "keylist.csv")
        r = subprocess.run([wijknet, "keylist", export, "--actors", actors, "--columns", ",".join("%s=%s" % kv for kv in EXPORT_MAPPING.items()),
                            "--pseudonym-key-file", os.path.join(workspace, "pseudonym.key"), "-o", keylist], capture_output=True, text=True)
        names = {}
        with open(keylist, encoding="utf-8") as f:
            for line in f.read().splitlines()[1:]:
                p, i, n = line.split(",", 2)
                names[p] = n
        check(r.returncode == 0 and set(before) <= set(names), "keylist with the workspace's key knows every pseudonym of the page's report (%d, %s, missing %s)" % (r.returncode, r.stderr[:200], sorted(set(before) - set(names))[:5]))
        wanted = before[0]
        d.find_element(By.ID, "lookup-input").send_keys(wanted.lower())
        d.find_element(By.ID, "lookup-go").click()
        WebDriverWait(d, 20).until(lambda d: d.find_element(By.ID, "lookup-result").text)
        result = d.find_element(By.ID, "lookup-result").text
        check(names.get(wanted, "?") in result and result.startswith(wanted), "the lookup shows the name of %s: %r" % (wanted, result))
        report_text = in_report(d, "return document.documentElement.outerHTML;")
        check(names[wanted] not in report_text, "the name is not in the report")
        d.find_element(By.ID, "lookup-input").clear()
        d.find_element(By.ID, "lookup-input").send_keys("J-00000000")
        d.find_element(By.ID, "lookup-go").click()
        WebDriverWait(d, 20).until(lambda d: d.find_element(By.ID, "lookup-result").text)
        check("hoort bij geen jongere" in d.find_element(By.ID, "lookup-result").text, "an unknown pseudonym: a Dutch answer")

        # 5. The English-headed sample: every text node of the page and of its report is Dutch.
        reset_marks(d)
        d.find_element(By.ID, "file-log").send_keys(log)
        ms = wait_report(d)
        check(bool(ms) and not d.find_element(By.ID, "error").is_displayed(), "the English-headed sample gives the report (%r)" % d.find_element(By.ID, "error").text[:200])
        notes = d.find_element(By.ID, "notes").text
        check("actorenbestand" in notes, "the notes of the reading are Dutch: %r" % notes[:200])
        found = english_words(texts(d)) + english_words(texts(d, frame=True))
        check(not found, "every text node of the page and the report is Dutch; English found: %r" % found[:10])
        gate = http(url.split("/?")[0] + "/")
        check(gate[0] == 403 and not english_words([{"text": gate[2].decode(), "en": False}]) and "link" in gate[2].decode(),
              "the 403 page is Dutch: %r" % gate[2][:160])

        # 6. The goals editor: four goals chosen from lists, saved as the workspace's goals file;
        #    `wijknet goals` gives the same output with it as with the same goals written by hand.
        d.find_element(By.CSS_SELECTOR, "#goals-editor summary").click()
        for goal in EDITOR_GOALS:
            d.find_element(By.ID, "goal-name").send_keys(goal["name"])
            Select(d.find_element(By.ID, "goal-measure")).select_by_value(goal["measure"])
            for field in ["a", "b", "actor", "metric", "scope", "direction"]:
                if field in goal:
                    Select(d.find_element(By.ID, "goal-" + field)).select_by_value(goal[field])
            for domain in goal.get("domains", []):
                d.find_element(By.CSS_SELECTOR, '.goal-domain[value="%s"]' % domain).click()
            if "target" in goal:
                d.find_element(By.ID, "goal-target").send_keys(goal["target"])
            d.find_element(By.ID, "goal-add").click()
        listed = d.execute_script("return document.querySelectorAll('#goal-list li').length;")
        check(listed == len(EDITOR_GOALS), "the editor lists the %d goals made (%d; %r)" % (len(EDITOR_GOALS), listed, d.find_element(By.ID, "goal-problem").text))
        reset_marks(d)
        d.find_element(By.ID, "goals-save").click()
        WebDriverWait(d, 30).until(lambda d: "doelen.toml" in d.find_element(By.ID, "name-goals").text)
        ms = wait_report(d)
        goals_rows = in_report(d, "var g = document.getElementById('goals'); return g ? g.querySelectorAll('tbody tr').length : -1;")
        check(bool(ms) and goals_rows >= len(EDITOR_GOALS), "the report shows the editor's goals (%r rows; %r)" % (goals_rows, d.find_element(By.ID, "error").text[:200]))
        written = os.path.join(workspace, "goals", "doelen.toml")
        by_hand = os.path.join(home, "goals.toml")
        with open(by_hand, "w", encoding="utf-8") as f:
            f.write(GOALS_BY_HAND)
        key = os.path.join(workspace, "pseudonym.key")
        editor_out, hand_out = goals_cli(wijknet, log, actors, written, key), goals_cli(wijknet, log, actors, by_hand, key)
        check(editor_out[0] in (0, 1) and editor_out[1].count("\n") == 1 + 4 * len(EDITOR_GOALS) and editor_out == hand_out,
              "a goal made in the editor gives the same `wijknet goals` output as the TOML file: %r vs %r; written: %r" % (editor_out, hand_out, open(written, encoding="utf-8").read()))
        reset_marks(d)
        d.refresh()
        wait_restored(d)
        wait_report(d)
        listed = d.execute_script("return document.querySelectorAll('#goal-list li').length;")
        check(listed == len(EDITOR_GOALS) and "doelen.toml" in d.find_element(By.ID, "name-goals").text, "after a reload the editor shows its goals again (%d)" % listed)
        found = english_words(texts(d))
        check(not found, "the page with the goals editor filled is Dutch; English found: %r" % found[:10])

        # 7. Verwijderen: the workspace emptied; a reload finds nothing.
        d.find_element(By.ID, "clear").click()
        WebDriverWait(d, 10).until(lambda d: d.switch_to.alert)
        d.switch_to.alert.accept()
        WebDriverWait(d, 20).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-cleared"))
        check(sorted(os.listdir(workspace)) == ["lock", "pseudonym.key"], "after Verwijderen only the lock and the key stay: %s" % sorted(os.listdir(workspace)))
        check(d.find_element(By.ID, "name-log").text == "" and not d.find_element(By.ID, "report").is_displayed(), "after Verwijderen the page is empty")
        d.refresh()
        check(wait_restored(d) == 0 and d.find_element(By.ID, "name-log").text == "", "after Verwijderen a reload finds nothing")

        # 8. Wijknet stoppen (the icon's Wijknet has no terminal): the server ends, the page says so.
        d.find_element(By.ID, "stop").click()
        WebDriverWait(d, 20).until(lambda d: d.find_elements(By.ID, "stopped"))
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            pass
        check(server.returncode is not None and "Wijknet is gestopt" in d.find_element(By.ID, "stopped").text,
              "the stop button ends the server (%r) and the page says so" % server.returncode)
        check(not os.path.exists(os.path.join(workspace, "open.html")) and os.path.exists(os.path.join(workspace, "pseudonym.key")),
              "after the stop the workspace keeps its key")
    finally:
        if d:
            d.quit()
        stop(server)

    # Without a workspace: the page says it forgets.
    server, url, port = start(wijknet, None, home)
    try:
        status, _, body = http(url)
        check(status == 200 and "vergeet de bestanden zodra Wijknet stopt" in body.decode(), "without a workspace the page says it forgets at the stop")
    finally:
        stop(server)
    check(not os.path.exists(os.path.join(home, "data")), "a server given --workspace or --no-workspace writes nothing into the default workspace")
    shutil.rmtree(home, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
