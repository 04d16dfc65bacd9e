#!/usr/bin/env python3
"""Writes samples/regio/: a seeded, invented region of three neighbourhoods in two municipalities.

Every person and organisation here is invented. Run from the repository root:

    python3 samples/regio/make-regio.py

The output is byte-identical for the same seed. The three neighbourhoods have clearly
different shapes, for `wijknet summary --by neighbourhood`:

- Havenkwartier (Rivierstad): well connected; partners of all three domains meet in most contacts.
- Molenbuurt (Rivierstad): a domain gap; care and safety never take part in the same contact.
- Dijkdorp (Dijkdorp): everything runs through one youth worker.

Region-wide partners (no neighbourhood, no municipality): Politie Eenheid Rivierland (safety),
JGZ Rivierland (care, youth health care), Zorgaanbieder De Linde (care).
"""
import datetime
import os
import random

SEED = 2025
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

actors = []  # (id, name, kind, domain, neighbourhood, municipality)
REGION = [("p-politie", "Politie Eenheid Rivierland", "safety"),
          ("p-jgz", "JGZ Rivierland", "care"),
          ("p-linde", "Zorgaanbieder De Linde", "care")]
for pid, name, dom in REGION:
    actors.append((pid, name, "partner", dom, "", ""))

HOODS = {
    "Havenkwartier": ("Rivierstad", [("p-hk-jw1", "Jongerenwerk Havenkwartier (Ilse)", "social"),
                                     ("p-hk-jw2", "Jongerenwerk Havenkwartier (Rachid)", "social"),
                                     ("p-hk-school", "Zorgcoördinator Havencollege", "social"),
                                     ("p-hk-wt", "Wijkteam Havenkwartier", "care"),
                                     ("p-hk-agent", "Wijkagent Havenkwartier", "safety")],
                      ["Kadeplein", "Sporthal De Werf", "Havencollege"]),
    "Molenbuurt": ("Rivierstad", [("p-mb-jw", "Jongerenwerk Molenbuurt (Femke)", "social"),
                                  ("p-mb-club", "Trainer SV De Molen", "social"),
                                  ("p-mb-wt", "Wijkteam Molenbuurt", "care"),
                                  ("p-mb-agent", "Wijkagent Molenbuurt", "safety")],
                   ["Molenpark", "Buurthuis De Wiek"]),
    "Dijkdorp": ("Dijkdorp", [("p-dd-jw", "Jongerenwerker Dijkdorp (Bram)", "social"),
                              ("p-dd-school", "Basisschool De Dijk", "social"),
                              ("p-dd-wt", "Wijkteam Dijkdorp", "care"),
                              ("p-dd-boa", "Boa Dijkdorp", "safety")],
                 ["Dorpsplein", "Voetbalveld Dijkzicht"]),
}
FIRST = ["Amira", "Bas", "Chaima", "Daan", "Elif", "Finn", "Gijs", "Hiba", "Ivo", "Jara", "Kees", "Lina",
         "Milan", "Nora", "Omar", "Pien", "Quinten", "Rosa", "Sem", "Tess", "Umut", "Vera", "Wout", "Yara"]
LAST = ["Achterberg", "Brinkman", "Dekkers", "Eikelboom", "Graafland", "Hoogeveen", "Kalkman", "Lindhout",
        "Mulder-Oost", "Nieuwland", "Overdijk", "Pronk", "Ruijter", "Steenbergen", "Terpstra", "Valkenier"]

places, partners, youth = {}, {}, {}
y = 0
for hood, (gemeente, ps, pls) in HOODS.items():
    partners[hood] = ps
    for pid, name, dom in ps:
        actors.append((pid, name, "partner", dom, hood, gemeente))
    places[hood] = []
    for i, pl in enumerate(pls):
        pid = f"plek-{hood[:2].lower()}-{i + 1}"
        places[hood].append(pid)
        actors.append((pid, pl, "place", "", hood, gemeente))
    youth[hood] = []
    for i in range(18):
        y += 1
        jid = f"j-{y:03d}"
        youth[hood].append(jid)
        actors.append((jid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", "youth", "", hood, gemeente))

def of(hood, dom):
    return [p for p, _, d in partners[hood] if d == dom] + [p for p, _, d in REGION if d == dom]

rows = []  # (date, source, target, about, place, type)
start = datetime.date(2025, 1, 6)
def day():
    return start + datetime.timedelta(days=rng.randrange(0, 350))

def row(d, s, t, a, p, kind):
    rows.append((d.isoformat(), s, t, a, p, kind))

# Havenkwartier: cross-domain contacts about young people at places; signals followed up.
for _ in range(160):
        d, a = day(), rng.choice(youth["Havenkwartier"])
        doms = rng.sample(["social", "care", "safety"], 2)
        s, t = rng.choice(of("Havenkwartier", doms[0])), rng.choice(of("Havenkwartier", doms[1]))
        p = rng.choice(places["Havenkwartier"] + [""])
        row(d, s, t, a, p, rng.choice(["overleg", "casusoverleg", "activiteit"]))
for _ in range(12):
        d, a = day(), rng.choice(youth["Havenkwartier"])
        row(d, "p-hk-agent", "", a, "", "signaal")
        row(d + datetime.timedelta(days=rng.randrange(1, 8)), "p-hk-wt", "p-hk-jw1", a, "", "casusoverleg")

# Molenbuurt: social meets care, social meets safety; care and safety never in one contact.
for _ in range(140):
        d, a = day(), rng.choice(youth["Molenbuurt"])
        other = rng.choice(["care", "safety"])
        s, t = rng.choice(of("Molenbuurt", "social")), rng.choice(of("Molenbuurt", other))
        p = rng.choice(places["Molenbuurt"] + [""])
        row(d, s, t, a, p, rng.choice(["overleg", "activiteit"]))
for _ in range(10):
        d, a = day(), rng.choice(youth["Molenbuurt"])
        row(d, "p-mb-agent", "", a, "", "signaal")
        if rng.random() < 0.3:
            row(d + datetime.timedelta(days=rng.randrange(1, 20)), "p-mb-wt", "", a, "", "overleg")

# Dijkdorp: every contact runs through the one youth worker.
for _ in range(120):
        d, a = day(), rng.choice(youth["Dijkdorp"])
        others = [p for p in of("Dijkdorp", "social") + of("Dijkdorp", "care") + of("Dijkdorp", "safety") if p != "p-dd-jw"]
        t = rng.choice(others) if rng.random() < 0.2 else ""
        p = rng.choice(places["Dijkdorp"]) if rng.random() < 0.1 else ""
        row(d, "p-dd-jw", t, a, p, rng.choice(["activiteit", "overleg", "ambulant"]))

# Region-wide consultations, in no neighbourhood.
for _ in range(8):
        row(day(), "p-politie", rng.choice(["p-jgz", "p-linde"]), "", "", "overleg")

rows.sort()
with open(os.path.join(HERE, "actors.csv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("id,naam,soort,domein,wijk,gemeente\n")
    for a in actors:
        f.write(",".join(a) + "\n")
with open(os.path.join(HERE, "contacts.csv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("datum,van,naar,over,plek,soort\n")
    for r in rows:
        f.write(",".join(r) + "\n")
print(f"wrote {len(actors)} actors and {len(rows)} contacts to {HERE}")
