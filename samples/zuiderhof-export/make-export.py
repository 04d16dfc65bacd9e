#!/usr/bin/env python3
"""Writes export.csv: the zuiderhof sample's contacts as a registration system exports them,
with its own headers (read with wijknet's --columns). Standard library only.

    python3 samples/zuiderhof-export/make-export.py
"""
import csv, os

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "..", "zuiderhof", "contacts.csv")
headers = ["Datum", "Medewerker", "Contact met", "Jongere", "Locatie", "Soort contact", "Duur"]
with open(src, newline="", encoding="utf-8") as f, open(os.path.join(here, "export.csv"), "w", newline="", encoding="utf-8") as out:
    rows = csv.reader(f)
    next(rows)  # date,source,target,about,place,type,weight
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(headers)
    for r in rows:
        w.writerow(r)
