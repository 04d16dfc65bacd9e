#!/usr/bin/env python3
"""Writes the seed corpus Fuzzing/Corpus/<target>/ from the repository's own inputs.

Run from Fuzzing/: python3 scripts/make-seeds.py. The output is committed; libFuzzer adds what it
finds to a copy (make fuzz works in .build/corpus/, so the committed seeds stay small and fixed).
Seeds: the hostile corpus (Tests/WijknetCLITests/Fixtures/hostile), the head of each sample log
and actors file, the .xlsx fixtures (as files and as their XML parts), the sample goals and the
hostile labels of the renderer tests.
"""
import glob, io, os, re, zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus")


def put(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def head(path, lines=25):
    with open(path, "rb") as f:
        return b"".join(f.readlines()[:lines])


hostile = os.path.join(ROOT, "Tests/WijknetCLITests/Fixtures/hostile")
for p in sorted(glob.glob(os.path.join(hostile, "*.csv"))):
    name = os.path.basename(p)
    data = open(p, "rb").read()
    if len(data) > 8192:
        data = data[:8192]
    put("csv", name, data)
    put("actors" if "actors" in name else "contactlog", name, data)

for p in ["samples/zuiderhof/contacts.csv", "samples/zuiderhof-excel/contacten.csv", "samples/regio/contacts.csv",
          "samples/zuiderhof-export/export.csv"]:
    data = head(os.path.join(ROOT, p))
    put("csv", p.replace("/", "-"), data)
    put("contactlog", p.replace("/", "-"), data)
for p in ["samples/zuiderhof/actors.csv", "samples/zuiderhof-excel/actoren.csv", "samples/regio/actors.csv"]:
    put("actors", p.replace("/", "-"), head(os.path.join(ROOT, p)))

# Actors files about the ids of the actors target's fixed log (ActorsTarget.swift).
put("actors", "target-ids.csv", "id;naam;soort;domein;organisatie;wijk;voorveld\n"
    "p-1;Wijkteam;partner;sociaal;Wijkteam;Noord;ja\np-2;Agent;partner;veiligheid;Politie;Noord;nee\n"
    "p-3;Huisarts;partner;zorg;;Noord;\nj-1;Jan de Vries;jongere;;;Noord;\nplek-1;Het Plein;plek;;;Noord;\n")
put("actors", "target-conflict.csv", "id,name,kind,domain\np-1,Wijkteam,partner,social\np-1,Wijkteam,partner,care\n"
    "j-2,p-2,youth,\nJan de Vries,youth,j-3,\n")

# .xlsx: the fixtures as files, and their XML parts in the target's NUL-separated form.
for p in sorted(glob.glob(os.path.join(ROOT, "Tests/WijknetTests/Fixtures/xlsx/*.xlsx"))) + \
         [os.path.join(ROOT, "samples/zuiderhof-excel/contacten.xlsx")]:
    raw = open(p, "rb").read()
    name = os.path.basename(p)
    z = zipfile.ZipFile(io.BytesIO(raw))
    names = z.namelist()
    def part(n):
        return z.read(n) if n in names else b""
    sheet = next((n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")), None)
    if sheet is None:
        continue
    sheet_xml = part(sheet)
    if len(sheet_xml) > 16384:   # the sample workbook: keep its first rows
        cut = sheet_xml.find(b"</row>", 8000)
        sheet_xml = sheet_xml[:cut + 6] + b"</sheetData></worksheet>"
    parts = [sheet_xml, part("xl/sharedStrings.xml"), part("xl/styles.xml"), part("xl/workbook.xml")]
    put("xlsx", name + ".parts", b"\0".join(parts))
    if len(raw) <= 8192:
        put("xlsx", name, raw)
put("xlsx", "minimal.parts", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>datum</t></is></c><c r="B1" t="inlineStr"><is><t>van</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>naar</t></is></c><c r="D1" t="inlineStr"><is><t>over</t></is></c></row>'
    '<row r="2"><c r="A2" s="1"><v>45700</v></c><c r="B2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>p-2</t></is></c>'
    '<c r="D2" t="inlineStr"><is><t>j-1</t></is></c></row></sheetData></worksheet>\0'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>p-1</t></si><si><r><t>rich</t></r><rPh><t>x</t></rPh></si></sst>\0'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="d-m-yyyy h:mm"/></numFmts>'
    '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>')

# Goals: the sample's, and goals about the goals target's fixed log (GoalsTarget.swift).
put("goals", "zuiderhof.toml", open(os.path.join(ROOT, "samples/zuiderhof/goals.toml"), "rb").read())
put("goals", "fixed-log.toml", '''[[goal]]
name = "Wijkteam kent de wijkagent"
measure = "tie"
between = ["p-0001", "p-0002"]

[[goal]]
name = "Sociaal en zorg"
measure = "contacts"
between = ["social", "care"]
scope = { neighbourhood = "Zuiderhof" }
at_least = 2

[[goal]]
name = "Zorgcoördinator verbindt"
measure = "metric"
actor = "p-school"
metric = "betweenness"
at_least = 0.1

[[goal]]
name = "Signalen"
measure = "signal_followup"
signal_days = 14
at_least = 60

[[goal]]
name = "Versnippering"
measure = "fragmented_share"
at_most = 40

[[goal]]
name = "Jongeren gedeeld"
measure = "youth_share"
domains = ["social", "safety"]
at_least = 50
''')
put("goals", "names-youth.toml", '[[goal]]\nname = "x"\nmeasure = "tie"\nbetween = ["jongere-geheim-42", "p-0001"]\n'
    '[[goal]]\nname = "y"\nmeasure = "metric"\nactor = "Sanne Verborgen"\nmetric = "degree"\nat_least = 1\n')
put("goals", "bad.toml", '[[goal]]\nname = "x"\nmeasure = "nope"\nat_least = "veel"\nat_most = 3\nextra = 1\n[[goal]\n')

# Graphviz labels: the renderer tests' hostile texts, NUL-separated node/edge/cluster/tooltip/title.
labels = ["Jeugd & Gezin", "a\\Nb\\G", "<B>bold</B>", "line one\nline two\r\nthree\rfour", "&amp; &#65; &lt;",
          "tab\there", "\x1b[31mred\x1b[0m", "quote \" and '", "emoji 👩‍👩‍👧 and é (e\u0301)", "trailing \\", "\u202eevil",
          "  spaces  ", "\\l\\r\\n", "]]> <!-- -->", "\ufffe\uffff"]
for i, label in enumerate(labels):
    put("graphviz", "label-%02d" % i, "\0".join([label, labels[(i + 1) % len(labels)], labels[(i + 2) % len(labels)],
                                                label, labels[(i + 3) % len(labels)]]))

# Pipeline: a log, a NUL byte, an actors file.
for log, actors in [("samples/zuiderhof/contacts.csv", "samples/zuiderhof/actors.csv"),
                    ("Tests/WijknetCLITests/Fixtures/hostile/02-log.csv", "Tests/WijknetCLITests/Fixtures/hostile/02-actors-bad-youth.csv"),
                    ("Tests/WijknetCLITests/Fixtures/hostile/05-log.csv", "Tests/WijknetCLITests/Fixtures/hostile/05-actors-swapped.csv"),
                    ("Tests/WijknetCLITests/Fixtures/hostile/14-log.csv", "Tests/WijknetCLITests/Fixtures/hostile/14-actors-text.csv"),
                    ("Tests/WijknetCLITests/Fixtures/hostile/06-nfd.csv", None)]:
    data = head(os.path.join(ROOT, log), 15)
    if actors:
        data += b"\0" + head(os.path.join(ROOT, actors), 15)
    put("pipeline", os.path.basename(log) + ".pair", data)
