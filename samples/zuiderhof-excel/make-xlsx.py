#!/usr/bin/env python3
"""Writes .xlsx workbooks by hand (zipfile + XML, standard library only), so that every kind of
cell Wijknet must read is there on purpose:

- samples/zuiderhof-excel/contacten.xlsx: the zuiderhof sample (samples/zuiderhof/*.csv) as
  an Excel workbook — sheet "Blad1" the contacts (real date cells, dd-mm-jjjj or
  dd-mm-jjjj uu:mm; weights as numbers; text as shared strings), sheet "Actoren" the actors
  (voorveld as booleans).
- Tests/WijknetTests/Fixtures/xlsx/*.xlsx: small workbooks for the tests (see make_fixtures).

    python3 samples/zuiderhof-excel/make-xlsx.py
"""
import csv, datetime, os, zipfile
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
FIXED = (2025, 1, 1, 0, 0, 0)  # zip entry time: the same bytes on every run


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(text, date1904=False):
    """'2025-01-04' or '2025-01-04T09:30' as an Excel serial number."""
    if "T" in text:
        d = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M")
    else:
        d = datetime.datetime.strptime(text, "%Y-%m-%d")
    base = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    delta = d - base
    v = delta.days + delta.seconds / 86400
    return repr(int(v)) if v == int(v) else repr(v)


class Book:
    """Sheets of cells. A cell is (kind, value): 's' shared string, 'is' inline string,
    'rich' shared string of several runs, 'n' number, 'date'/'datetime' serial with a date
    style, 'b' boolean, 'f' (formula, cached value, type), 'raw' XML of the whole <c>.
    None is no cell; a row None is an empty <row/>."""

    def __init__(self, date1904=False):
        self.sheets, self.shared, self.index, self.date1904 = [], [], {}, date1904

    def sst(self, key, xml):
        if key not in self.index:
            self.index[key] = len(self.shared)
            self.shared.append(xml)
        return self.index[key]

    def add(self, name, rows):
        self.sheets.append((name, rows))

    def cell(self, ref, c):
        kind, v = c[0], c[1]
        if kind == "s":
            i = self.sst(("s", v), '<t xml:space="preserve">' + escape(v) + "</t>")
            return f'<c r="{ref}" t="s"><v>{i}</v></c>'
        if kind == "rich":
            runs = "".join(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(p)}</t></r>' for p in v)
            return f'<c r="{ref}" t="s"><v>{self.sst(("rich",) + tuple(v), runs)}</v></c>'
        if kind == "is":
            return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
        if kind == "n":
            return f'<c r="{ref}"><v>{v}</v></c>'
        if kind == "date":
            return f'<c r="{ref}" s="1"><v>{serial(v, self.date1904)}</v></c>'
        if kind == "datetime":
            return f'<c r="{ref}" s="2"><v>{serial(v, self.date1904)}</v></c>'
        if kind == "b":
            return f'<c r="{ref}" t="b"><v>{1 if v else 0}</v></c>'
        if kind == "f":
            formula, cached, t = v, c[2], c[3]
            ta = f' t="{t}"' if t else ""
            return f'<c r="{ref}"{ta}><f>{escape(formula)}</f><v>{escape(cached)}</v></c>'
        if kind == "raw":
            return v.replace("REF", ref)
        raise ValueError(kind)

    def sheet_xml(self, rows):
        out = []
        for r, row in enumerate(rows, start=1):
            if row is None:
                out.append(f'<row r="{r}"/>')
                continue
            cells = "".join(self.cell(f"{col(i)}{r}", c) for i, c in enumerate(row, start=1) if c is not None)
            out.append(f'<row r="{r}">{cells}</row>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'<sheetData>{"".join(out)}</sheetData></worksheet>')

    def save(self, path):
        ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        off = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        sheets = "".join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(self.sheets, start=1))
        pr = '<workbookPr date1904="1"/>' if self.date1904 else "<workbookPr/>"
        files = {
            "[Content_Types].xml": head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(self.sheets) + 1))
                + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                '</Types>',
            "_rels/.rels": head + f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{off}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": head + f'<workbook {ns} {rns}>{pr}<sheets>{sheets}</sheets></workbook>',
            "xl/_rels/workbook.xml.rels": head + f'<Relationships xmlns="{pkg}">'
                + "".join(f'<Relationship Id="rId{i}" Type="{off}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(self.sheets) + 1))
                + f'<Relationship Id="rIdS" Type="{off}/styles" Target="styles.xml"/>'
                + f'<Relationship Id="rIdT" Type="{off}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
            # cellXfs: 0 General, 1 built-in 14 (a date), 2 custom 164 dd-mm-yyyy hh:mm, 3 custom 165 text in quotes only.
            "xl/styles.xml": head + f'<styleSheet {ns}><numFmts count="2">'
                '<numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="0&quot; dagen&quot;"/></numFmts>'
                '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                '<borders count="1"><border/></borders>'
                '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
                '<cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>'
                '<xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        }
        for i, (_, rows) in enumerate(self.sheets, start=1):
            files[f"xl/worksheets/sheet{i}.xml"] = self.sheet_xml(rows)
        files["xl/sharedStrings.xml"] = head + f'<sst {ns} count="{len(self.shared)}" uniqueCount="{len(self.shared)}">' + "".join(f"<si>{x}</si>" for x in self.shared) + "</sst>"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in files.items():
                z.writestr(zipfile.ZipInfo(name, FIXED), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


def text(v):
    return ("s", v) if v != "" else None


def make_sample():
    book = Book()
    with open(os.path.join(ROOT, "samples/zuiderhof/contacts.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    sheet = [[("s", h) for h in ["datum", "van", "naar", "over", "plek", "soort", "gewicht"]]]
    for r in rows[1:]:
        date = ("datetime" if "T" in r[0] else "date", r[0])
        weight = ("n", r[6]) if r[6] != "" else None
        sheet.append([date] + [text(v) for v in r[1:6]] + [weight])
    book.add("Blad1", sheet)
    with open(os.path.join(ROOT, "samples/zuiderhof/actors.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    actors = [[("s", h) for h in ["id", "naam", "soort", "domein", "organisatie", "wijk", "voorveld"]]]
    for r in rows[1:]:
        actors.append([text(v) for v in r[:6]] + [("b", True) if r[6] == "yes" else None])
    book.add("Actoren", actors)
    book.save(os.path.join(ROOT, "samples/zuiderhof-excel/contacten.xlsx"))


def make_fixtures():
    out = os.path.join(ROOT, "Tests/WijknetTests/Fixtures/xlsx")
    header = [("s", h) for h in ["datum", "van", "naar", "over", "plek", "soort", "gewicht"]]

    # cells.xlsx — one of each kind of cell, an empty row, a row with an empty <c>; sheet "Actoren" with booleans.
    b = Book()
    b.add("Contacten", [
        header,
        [("date", "2025-03-15"), ("s", "p-1"), ("is", "p-2"), ("rich", ["j-", "001"]), ("s", " plek-1 "), ("s", "Overleg"), ("n", "1.5")],
        None,                                                                     # row 3: <row/>
        [("raw", '<c r="REF" t="s"/>'), None, None, None, None, None, None],      # row 4: a cell without a value
        [("datetime", "2025-03-16T09:30"), ("f", 'CONCATENATE("p-","1")', "p-1", "str"), ("s", "p-2"), None, None,
         ("f", 'LOWER("Signaal")', "signaal", "str"), ("f", "1+1", "2", None)],
        [("raw", '<c r="REF" s="3"><v>45733</v></c>'), ("s", "p-2"), ("s", "p-3")],  # a number in a text-only custom format: not a date
    ])
    b.add("Actoren", [
        [("s", h) for h in ["id", "soort", "domein", "voorveld"]],
        [("s", "p-1"), ("s", "partner"), ("s", "sociaal"), ("b", True)],
        [("is", "p-2"), ("s", "partner"), ("s", "zorg"), ("b", False)],
    ])
    b.save(os.path.join(out, "cells.xlsx"))

    # date1904.xlsx — the 1904 date system.
    b = Book(date1904=True)
    b.add("Blad1", [header, [("date", "2025-03-15"), ("s", "p-1"), ("s", "p-2")],
                    [("datetime", "2024-02-29T23:59"), ("s", "p-1"), ("s", "p-3")]])
    b.save(os.path.join(out, "date1904.xlsx"))

    # bad.xlsx — a date that cannot be read in C4 (columns moved one to the right).
    b = Book()
    b.add("Blad1", [
        [None, None] + header,
        [None, None, ("date", "2025-03-15"), ("s", "p-1"), ("s", "p-2")],
        [None, None, ("date", "2025-03-16"), ("s", "p-1"), ("s", "p-3")],
        [None, None, ("s", "gisteren"), ("s", "p-1"), ("s", "p-2")],
    ])
    b.save(os.path.join(out, "bad.xlsx"))


if __name__ == "__main__":
    make_sample()
    make_fixtures()
