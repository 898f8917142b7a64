#!/usr/bin/env python3
"""Regenerates the fictional centre's sample inputs. Deterministic (fixed seed); run from this folder."""
import csv, json, random

rng = random.Random(2021)
STAFF = 120
PROFILES = {
    "basis": 16, "virksomheder": 3, "borgernes-kompetencer": 3, "koordination": 2,
    "borgerinddragelse": 3, "integration": 2, "udvikling": 3,
}
def comp(p, n):
    return f"{p}.{n:02d}" if p == "basis" else f"{p}.{n}"

employees = [f"nord-{i:03d}" for i in range(1, STAFF + 1)]
leaders = ["nord-leder-1", "nord-leder-2", "nord-leder-3"]
with open("employees.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["employee", "centre", "leader"])
    for i, e in enumerate(employees):
        w.writerow([e, "JC-Nord", leaders[i % 3]])

# each employee leans to one or two profiles; ratings around that
with open("ratings.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["employee", "competence", "level", "role", "rater", "date", "note"])
    prof = [p for p in PROFILES if p != "basis"]
    for i, e in enumerate(employees):
        strong = set(rng.sample(prof, rng.choice([0, 1, 1])))
        for p, n in PROFILES.items():
            for k in range(1, n + 1):
                if p == "basis" and rng.random() < 0.5:
                    continue
                base = 3 if p in strong else (2 if p == "basis" else 1)
                lvl = max(1, min(4, base + rng.choice([-1, 0, 0, 1] if p in strong else [0, 0, 1])))
                w.writerow([e, comp(p, k), lvl, "SELF", e, "2021-01-11", ""])
                if i % 3 != 2:  # two thirds have been rated by their leader
                    ll = max(1, min(4, lvl + rng.choice([-1, -1, 0])))
                    note = "drøftet ved MUS" if rng.random() < 0.2 else ""
                    w.writerow([e, comp(p, k), ll, "LEADER", leaders[i % 3], "2021-02-01", note])

with open("passed-parts.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["employee", "part", "passedOn"])
    for i, e in enumerate(employees):
        w.writerow([e, "bif-del-1", f"201{7 + i % 3}-0{1 + i % 9}-15"])
        if i % 4 == 0:
            w.writerow([e, "bif-del-2", f"2019-{1 + i % 12:02d}-20"])

with open("need.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["profile", "need"])
    for row in [("virksomheder", ">20%"), ("borgernes-kompetencer", "15-20%"),
                ("koordination", "10-15%"), ("borgerinddragelse", ">20%"),
                ("integration", "5-10%"), ("udvikling", "4")]:
        w.writerow(row)

# exam sittings for the administration 2018-2020, matching the brief's table
DEL1, DEL2, RETAKES = [277, 176, 254], [183, 169, 123], 5
rows = []
def add_year(part, year, count):
    pre = "d1" if part == "bif-del-1" else "d2"
    for n in range(count):
        level = "KURSIST" if n % 10 == 9 else "AKADEMI" if n % 3 == 0 else "DIPLOM"
        dec = part == "bif-del-1" and year < 2020 and n < RETAKES
        e = f"{pre}-{year}-dec-{n}" if dec else f"{pre}-{year}-{n}"
        date = f"{year}-12-10" if dec else f"{year}-{1 + n % 11:02d}-15"
        if dec:
            rows.append([e, part, level, date, 1, "00"])
        elif n % 12 == 11:
            rows.append([e, part, level, date, 1, "-3"])
            rows.append([e, part, level, f"{year}-{1 + n % 11:02d}-28", 2, "4"])
        else:
            rows.append([e, part, level, date, 1, "7" if n % 2 == 0 else "10"])
for i, year in enumerate([2018, 2019, 2020]):
    add_year("bif-del-1", year, DEL1[i] if i == 0 else DEL1[i] - RETAKES)
    if i > 0:
        for r in range(RETAKES):
            rows.append([f"d1-{year - 1}-dec-{r}", "bif-del-1", "DIPLOM", f"{year}-02-01", 2, "7"])
    add_year("bif-del-2", year, DEL2[i])
with open("exam-sittings.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["employee", "part", "level", "date", "attempt", "grade"])
    w.writerows(rows)

# cohorts that sat the exam in 2020 and their participant evaluations
QUESTIONS = ["udbytte", "sagsbehandling", "samtaler", "virksomhedsplaceringer", "praksis", "samlet"]
COMMENTS = ["Gode cases fra egen praksis", "Studiegrupperne var det bedste",
            "Mere om arbejdsmarkedsdata", "For lange undervisningsdage",
            "Øvelserne passede ikke til jobparate og AC'ere", "Tydelig kobling til Min Plan", ""]
with open("cohorts.csv", "w", newline="") as f, open("evaluations.csv", "w", newline="") as g:
    cw, ew = csv.writer(f), csv.writer(g)
    cw.writerow(["cohort", "part", "examDate"])
    ew.writerow(["cohort"] + QUESTIONS + ["comment"])
    for k in range(16):
        month = 1 + (k * 12) // 16
        cohort = f"hold-2020-{k + 1:02d}"
        part = "bif-del-1" if k % 3 != 2 else "bif-del-2"
        cw.writerow([cohort, part, f"2020-{month:02d}-{10 + k % 15:02d}"])
        for _ in range(rng.randint(14, 24)):
            base = 4 if month < 7 else 3
            scores = [max(1, min(5, base + rng.choice([-1, 0, 0, 1]))) for _ in QUESTIONS]
            ew.writerow([cohort] + scores + [rng.choice(COMMENTS) if rng.random() < 0.3 else ""])

# the course catalogue: the sources' examples plus two of the centre's own initiatives
def entry(id, provider, da, en, ects, credit, levels, sessions, weeks, fmt, profiles, competences):
    return {"id": id, "provider": provider, "title": {"da": da, "en": en}, "ects": ects,
            "creditGiving": credit, "levels": levels, "sessions": sessions, "weeks": weeks,
            "format": fmt, "profiles": profiles, "competences": competences}
catalogue = [
    entry("ucl-virksomhedsrettet-indsats", "UC Lillebælt, Fyn", "Den virksomhedsrettede indsats",
          "The company-directed effort", 10, True, ["AKADEMI", "DIPLOM"], 10, 16, "CLASSROOM",
          ["virksomheder"], []),
    entry("ucsyd-beskaeftigelse-og-organisation", "UC Syd, Esbjerg",
          "Diplommodulet Beskæftigelse og organisation", "Diploma module: Employment and organisation",
          10, True, ["DIPLOM"], 10, 20, "CLASSROOM", [],
          ["basis.03", "basis.09", "virksomheder.3", "koordination.1"]),
    entry("via-koordinerende-sagsbehandler", "VIA University College, Randers",
          "Den koordinerende sagsbehandler", "The coordinating caseworker", 0, False, [], 9, 26,
          "WORKPLACE", ["koordination"], ["basis.16", "borgerinddragelse.3"]),
    entry("kp-kommunikation-psykisk-syge", "Københavns Professionshøjskole",
          "Diplommodul i kommunikation med psykisk syge borgere",
          "Diploma module: communicating with mentally ill citizens", 10, True, ["DIPLOM"], 10, 20,
          "CLASSROOM", [], ["basis.07", "basis.08", "borgerinddragelse.3"]),
    entry("nord-kompetenceloeft-borgere", "Jobcenter Nord (internt)",
          "Workshopforløb: kompetenceløft og brobygning til uddannelse",
          "Workshops: upskilling and bridging to education", 0, False, [], 4, 8, "WORKPLACE",
          ["borgernes-kompetencer"], []),
    entry("nord-integration-netvaerk", "Jobcenter Nord (internt)",
          "Netværk og supervision: integration på arbejdsmarkedet",
          "Network and supervision: integration in the labour market", 0, False, [], 6, 12,
          "WORKPLACE", ["integration"], []),
    entry("nord-samtaler-borgerejerskab", "Jobcenter Nord (internt)",
          "Træning i samtaleteknik og borgerens ejerskab (værktøjskassen for den gode borgersamtale)",
          "Training in conversation technique and citizens' ownership (the conversation toolbox)",
          0, False, [], 5, 10, "WORKPLACE", ["borgerinddragelse"], []),
    entry("nord-evaluering-effekt", "Jobcenter Nord (internt)",
          "Evaluering og effektmåling af indsatser", "Evaluating efforts and measuring effect",
          0, False, [], 3, 6, "BLENDED", ["udvikling"], []),
]
with open("catalogue.json", "w") as f:
    json.dump(catalogue, f, ensure_ascii=False, indent=2)
    f.write("\n")
