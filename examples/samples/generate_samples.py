#!/usr/bin/env python3
"""Regenerates every sample input of the command line. Deterministic (fixed seeds); run from
examples/samples with `python3 generate_samples.py`. Every person is fictional.

Writes
  employees.csv                the administration's staff register (10 units and Jobcenter Nord)
  exam-sittings.csv            recent exam sittings (bif plan --sittings, bif db sittings)
  attendance.csv, prior-learning.csv, permanent.csv, leave.csv   the coordinator's other files
  errors/*.csv                 files with the faults spreadsheets make, to show how they are read
  centre/*                     Jobcenter Nord's folder for bif gaps and bif report (as of 2020-11-15)
"""
import csv, json, os, random
from datetime import date, timedelta

PLAN_DAY = date(2026, 12, 1)      # the day the README plans the administration on
REPORT_DAY = date(2020, 11, 15)   # the day the README reports on Jobcenter Nord (seed 000's letter)
HEADER = ["employee_id", "name", "centre", "contact_type", "target_group", "hired_on", "employment",
          "expected_months", "permanent_since", "education", "education_completed",
          "experience_months", "prior_learning_on", "prior_learning_equivalent", "leave_from",
          "leave_to", "leave_kind", "leader_id", "leader_since", "del1_passed_on", "del2_passed_on",
          "leader_module_on", "law_course_on", "other_staff_course_on"]
FIRST = ["Anne", "Bo", "Camilla", "Dorte", "Emil", "Freja", "Gitte", "Hans", "Ida", "Jonas", "Karen",
         "Lars", "Mette", "Niels", "Olivia", "Peter", "Rikke", "Søren", "Tina", "Ulla", "Viktor",
         "Yasmin", "Zainab", "Ahmed", "Aisha", "Ali", "Birgitte", "Christian", "Fatima", "Henrik",
         "Jakob", "Kasper", "Line", "Mads", "Maria", "Mohammed", "Nadia", "Omar", "Pernille", "Sara",
         "Thomas", "Louise", "Martin", "Hanne", "Jesper", "Lene", "Morten", "Signe", "Tobias", "Esra"]
LAST = ["Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
        "Johansen", "Møller", "Mortensen", "Holm", "Berg", "Dam", "Lund", "Kjær", "Yilmaz", "Ali",
        "Khan", "Demir", "Said", "Bech", "Falk", "Lind", "Juhl", "Vind", "Krogh", "Dahl", "Aydin"]
GROUPS = ["jobparate", "aktivitetsparate", "sygedagpenge", "unge", "integration", "akademikere",
          "ressourceforløb", "virksomheder"]
UNITS = ["JC-Amager", "JC-Nørrebro", "JC-Vesterbro", "JC-Valby", "JC-Bispebjerg", "JC-Østerbro",
         "JC-Brønshøj-Husum", "JC-Indre-By", "Ungecenter", "Virksomhedsservice"]
EDUCATIONS = [("professionsbachelor", 30), ("master", 14), ("bachelor", 8), ("erhvervsakademi", 8),
              ("akademi", 8), ("youth", 16), ("adult_basic", 4), ("", 12)]


def d(x):
    return x.isoformat() if x else ""


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    r = rng.uniform(0, total)
    for value, w in weighted:
        r -= w
        if r <= 0:
            return value
    return weighted[-1][0]


def person(rng, eid, centre, hired, day, contact=None, temporary=None):
    """One register row, with a completion history that is plausible on `day`."""
    contact = contact or pick(rng, [("citizen", 62), ("company", 18), ("both", 18), ("none", 6)])
    group = "virksomheder" if contact == "company" else ("ingen" if contact == "none" else rng.choice(GROUPS[:-1]))
    temporary = temporary if temporary is not None else rng.random() < 0.05
    education = pick(rng, EDUCATIONS)
    row = dict.fromkeys(HEADER, "")
    row.update(employee_id=eid, name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", centre=centre,
               contact_type=contact, target_group=group, hired_on=d(hired),
               employment="temporary" if temporary else "permanent",
               experience_months=str(rng.choice([0, 0, 12, 24, 36, 60, 84])))
    if temporary:
        row["expected_months"] = str(rng.choice([4, 6, 9, 12, 18]))
    elif hired.year >= 2016 and rng.random() < 0.06:
        row["permanent_since"] = d(hired + timedelta(days=rng.randint(180, 400)))
    if education:
        row["education"] = education
        row["education_completed"] = d(hired - timedelta(days=rng.randint(400, 6000)))
    elif rng.random() < 0.3:
        row["prior_learning_on"] = d(hired + timedelta(days=rng.randint(30, 300)))
        row["prior_learning_equivalent"] = rng.choice(["youth", "akademi"])
        if date.fromisoformat(row["prior_learning_on"]) > day:
            row["prior_learning_on"] = row["prior_learning_equivalent"] = ""
    if contact == "none":
        if rng.random() < 0.7 and hired + timedelta(days=60) <= day:
            row["other_staff_course_on"] = d(max(hired, date(2016, 1, 1)) + timedelta(days=rng.randint(20, 80)))
        return row
    if hired < date(2016, 1, 1):
        if rng.random() < 0.95:
            row["del2_passed_on"] = d(date(2016, 2, 1) + timedelta(days=rng.randint(0, 690)))
    else:
        del1 = hired + timedelta(days=rng.randint(45, 110))
        if del1 <= day and rng.random() < 0.93:
            row["del1_passed_on"] = d(del1)
            del2 = del1 + timedelta(days=rng.randint(185, 290))
            if not temporary and del2 <= day and rng.random() < 0.9:
                row["del2_passed_on"] = d(max(del2, date.fromisoformat(row["permanent_since"] or d(hired))))
                if date.fromisoformat(row["del2_passed_on"]) > day:
                    row["del2_passed_on"] = ""
    if hired >= date(2022, 1, 1):
        law = hired + timedelta(days=rng.randint(25, 85))
        if law <= day and rng.random() < 0.85:
            row["law_course_on"] = d(law)
    return row


def add_leave(rng, row, day, current):
    hired = date.fromisoformat(row["hired_on"])
    if current:
        start = day - timedelta(days=rng.randint(20, 150))
        end = day + timedelta(days=rng.randint(40, 200))
    else:
        start = hired + timedelta(days=rng.randint(20, 60))
        end = start + timedelta(days=rng.randint(90, 300))
    if start < hired:
        return
    row.update(leave_from=d(start), leave_to=d(end), leave_kind=rng.choice(["parental", "parental", "sickness", "other"]))


def administration(rng):
    rows = []
    n = 1000
    for unit in UNITS:
        unit_rows = []
        for k in range(34):
            n += 1
            era = pick(rng, [("old", 26), ("model", 44), ("recent", 18), ("new", 12)])
            if era == "old":
                hired = date(2004, 1, 1) + timedelta(days=rng.randint(0, 4300))
            elif era == "model":
                hired = date(2016, 1, 1) + timedelta(days=rng.randint(0, 3400))
            elif era == "recent":
                hired = date(2025, 6, 1) + timedelta(days=rng.randint(0, 330))
            else:
                hired = date(2026, 5, 1) + timedelta(days=rng.randint(0, 200))
            row = person(rng, f"BIF-{n}", unit, hired, PLAN_DAY)
            if rng.random() < 0.05:
                add_leave(rng, row, PLAN_DAY, current=rng.random() < 0.6)
            unit_rows.append(row)
        leaders = [r for r in unit_rows if r["hired_on"] < "2016-01-01" and r["contact_type"] != "none"][:3]
        for leader in leaders:
            leader["leader_since"] = d(date.fromisoformat(leader["hired_on"]) + timedelta(days=rng.randint(700, 3000)))
            if rng.random() < 0.85:
                since = max(date.fromisoformat(leader["leader_since"]), date(2017, 9, 1))
                leader["leader_module_on"] = d(since + timedelta(days=rng.randint(20, 80)))
        for i, row in enumerate(unit_rows):
            if leaders and row not in leaders:
                row["leader_id"] = leaders[i % len(leaders)]["employee_id"]
        rows.extend(unit_rows)
    return rows


def jobcenter_nord(rng):
    """120 staff and 3 leaders, hired by 2020, with completions up to PLAN_DAY."""
    rows = []
    leaders = []
    for k in range(1, 4):
        hired = date(2006, 3, 1) + timedelta(days=rng.randint(0, 2500))
        row = person(rng, f"nord-leder-{k}", "JC-Nord", hired, PLAN_DAY, contact="both", temporary=False)
        row["leader_since"] = d(hired + timedelta(days=rng.randint(600, 2400)))
        row["leader_module_on"] = d(date(2017, 10, 1) + timedelta(days=rng.randint(0, 300))) if k != 3 else ""
        leaders.append(row)
    rows.extend(leaders)
    for k in range(1, 121):
        era = pick(rng, [("old", 40), ("model", 60)])
        if era == "old":
            hired = date(2006, 1, 1) + timedelta(days=rng.randint(0, 3600))
        else:
            hired = date(2016, 1, 1) + timedelta(days=rng.randint(0, 1700))
        contact = "none" if k in (17, 58, 99) else pick(rng, [("citizen", 64), ("company", 18), ("both", 18)])
        row = person(rng, f"nord-{k:03d}", "JC-Nord", hired, PLAN_DAY, contact=contact, temporary=(k % 40 == 7))
        row["leader_id"] = leaders[k % 3]["employee_id"]
        rows.append(row)
    by_id = {r["employee_id"]: r for r in rows}
    # what the report of 2020-11-15 shows for each status, and the plan of 2026 too
    by_id["nord-011"].update(hired_on="2020-09-01", del1_passed_on="", del2_passed_on="", law_course_on="",
                             permanent_since="", employment="permanent", expected_months="")
    by_id["nord-012"].update(hired_on="2020-05-04", del1_passed_on="", del2_passed_on="", law_course_on="",
                             permanent_since="", employment="permanent", expected_months="")
    by_id["nord-013"].update(hired_on="2019-11-04", del1_passed_on="2020-02-20", del2_passed_on="",
                             permanent_since="", employment="permanent", expected_months="", law_course_on="")
    by_id["nord-014"].update(hired_on="2019-03-04", del1_passed_on="2019-06-12", del2_passed_on="",
                             leave_from="2020-03-01", leave_to="2021-01-31", leave_kind="parental",
                             permanent_since="", employment="permanent", expected_months="", law_course_on="")
    by_id["nord-015"].update(hired_on="2019-01-07", del1_passed_on="", del2_passed_on="", law_course_on="",
                             permanent_since="", employment="permanent", expected_months="")
    for r in rows:
        if r["hired_on"] >= "2016-01-01" and r["contact_type"] != "none" and r["employee_id"] not in ("nord-011", "nord-012", "nord-013", "nord-014", "nord-015"):
            hired = date.fromisoformat(r["hired_on"])
            if not r["del1_passed_on"]:
                r["del1_passed_on"] = d(hired + timedelta(days=rng.randint(50, 100)))
    return rows


def write_csv(path, header, rows, encoding="utf-8", delimiter=",", bom=False):
    with open(path, "w", newline="", encoding=encoding) as f:
        if bom:
            f.write("\ufeff")
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header] if isinstance(r, dict) else r)


def main():
    rng = random.Random(2026)
    admin = administration(rng)
    nord = jobcenter_nord(random.Random(2020))
    everyone = admin + nord
    by_id = {r["employee_id"]: r for r in everyone}

    # ---- the coordinator's files for the administration (bif db ...) -------------------------
    # exam sittings of 2026's new staff: passes, a fail, and two who used all three attempts
    new = sorted((r for r in admin if "2025-09-01" <= r["hired_on"] <= "2026-08-31"
                  and r["contact_type"] != "none" and r["employment"] == "permanent"
                  and not r["leave_from"] and not r["leader_id"].startswith("x")),
                 key=lambda r: r["employee_id"])
    sittings = []
    for i, r in enumerate(new[:14]):
        r["del1_passed_on"] = r["del2_passed_on"] = ""  # the exam records say it
        hired = date.fromisoformat(r["hired_on"])
        first = hired + timedelta(days=70)
        if first > PLAN_DAY - timedelta(days=10):
            continue
        level = ""  # the record's level comes from the enrolment or the admission rule
        if i in (0, 1):
            for a, (delta, grade, outcome) in enumerate([(0, "00", ""), (35, "", "no-show"), (70, "-3", "")], 1):
                sittings.append([r["employee_id"], "bif-del-1", level, d(first + timedelta(days=delta)), a, grade, outcome or ("graded" if grade else ""), "", f"hold-{first:%Y-%m}"])
        elif i == 2:
            sittings.append([r["employee_id"], "bif-del-1", level, d(first), 1, "", "sickness", "lægeerklæring af " + d(first), f"hold-{first:%Y-%m}"])
            sittings.append([r["employee_id"], "bif-del-1", level, d(first + timedelta(days=30)), 1, "7", "graded", "", f"hold-{first:%Y-%m}"])
        elif i == 3:
            sittings.append([r["employee_id"], "bif-del-1", level, d(first), 1, "00", "graded", "", f"hold-{first:%Y-%m}"])
        else:
            sittings.append([r["employee_id"], "bif-del-1", level, d(first), 1, rng.choice(["02", "4", "7", "10", "12"]), "graded", "", f"hold-{first:%Y-%m}"])
    write_csv("exam-sittings.csv", ["employee", "part", "level", "date", "attempt", "grade", "outcome", "documentation", "cohort"], sittings)

    # attendance of one Del 1 cohort of the autumn, 14 sessions each
    cohort = [r for r in admin if "2026-07-01" <= r["hired_on"] <= "2026-09-30" and r["contact_type"] != "none" and not r["leave_from"]][:22]
    attendance = []
    start = date(2026, 10, 5)
    for j, r in enumerate(cohort):
        for day in range(1, 10):
            when = start + timedelta(days=7 * (day - 1))
            presence, note = ("attended", "")
            if j == 3 and day == 4:
                presence, note = ("excused", "barns sygedag")
            if j == 5 and day == 6:
                presence = "absent"
            if when <= PLAN_DAY:
                attendance.append([r["employee_id"], "BIF-D1-2026-H2", "bif-del-1", f"teaching-day-{day}", presence, note, d(when)])
        for group in range(1, 6):
            when = start + timedelta(days=7 * (group - 1) + 3)
            attendance.append([r["employee_id"], "BIF-D1-2026-H2", "bif-del-1", f"study-group-{group}", "attended", "", d(when)])
    write_csv("attendance.csv", ["employee_id", "cohort", "part", "session", "presence", "note", "date"], attendance)

    # the same cohort's calendar: teaching days on Mondays, study groups on Thursdays, the exam after
    calendar = []
    for day in range(1, 10):
        when = start + timedelta(days=7 * (day - 1))
        calendar.append(["BIF-D1-2026-H2", "bif-del-1", f"teaching-day-{day}", d(when), "09:00", "15:30", "KP, Tagensvej 18, lokale C.2.14"])
    for group in range(1, 6):
        when = start + timedelta(days=7 * (group - 1) + 3)
        calendar.append(["BIF-D1-2026-H2", "bif-del-1", f"study-group-{group}", d(when), "13:00", "15:00", "Jobcenter Nord, mødelokale 2"])
    calendar.append(["BIF-D1-2026-H2", "bif-del-1", "exam", d(start + timedelta(days=7 * 9)), "09:00", "13:00", "KP, Tagensvej 18, eksamenssal A"])
    write_csv("calendar.csv", ["cohort", "part", "session", "date", "start", "end", "place"], calendar)

    no_education = [r for r in admin if not r["education"] and not r["prior_learning_on"]][:3]
    write_csv("prior-learning.csv", ["employee_id", "assessed_on", "equivalent_to"],
              [[r["employee_id"], d(max(date.fromisoformat(r["hired_on"]), date(2026, 3, 1)) + timedelta(days=30)), eq]
               for r, eq in zip(no_education, ["akademi", "youth", "professionsbachelor"])])
    temporary = [r for r in admin if r["employment"] == "temporary"
                 and date.fromisoformat(r["hired_on"]) + timedelta(days=120) <= PLAN_DAY][:3]
    write_csv("permanent.csv", ["employee_id", "permanent_since"],
              [[r["employee_id"], d(date.fromisoformat(r["hired_on"]) + timedelta(days=120))] for r in temporary])
    unplanned = [r for r in admin if not r["leave_from"] and r["hired_on"] >= "2026-03-01" and r["contact_type"] != "none"][-3:]
    leave_rows = []
    for k, r in enumerate(unplanned):
        hired = date.fromisoformat(r["hired_on"])
        leave_rows.append([r["employee_id"], d(hired + timedelta(days=20)), d(hired + timedelta(days=20 + 60 + 40 * k)), "parental"])
        if k == 0:
            leave_rows.append([r["employee_id"], d(hired + timedelta(days=20 + 60 + 10)), d(hired + timedelta(days=20 + 60 + 24)), "sickness"])
    current = [r for r in admin if not r["leave_from"] and "2018-01-01" < r["hired_on"] < "2024-01-01" and r["contact_type"] != "none" and not r["del2_passed_on"]][:2]
    for r in current:
        leave_rows.append([r["employee_id"], d(PLAN_DAY - timedelta(days=40)), d(PLAN_DAY + timedelta(days=150)), "parental"])
    write_csv("leave.csv", ["employee_id", "leave_from", "leave_to", "leave_kind"], leave_rows)
    write_csv("employees.csv", HEADER, everyone)

    # ---- what spreadsheets do to a file: read, or reported by line -------------------------
    os.makedirs("errors", exist_ok=True)
    small = []
    for k, r in enumerate(admin[:6]):
        copy = dict(r)
        copy.update(employee_id=f"BIF-92{k:02d}", name=["Søren Ærø", "Åse Bøgh", "Jørgen Kræmer",
                                                         "Bodil Højgaard", "Æsa Lønborg", "Tove Møller"][k])
        small.append(copy)
    # Danish Excel: semicolons, Latin-1 (Windows-1252)
    write_csv("errors/employees-excel.csv", HEADER[:8], small, encoding="cp1252", delimiter=";")
    # a byte-order mark, a stray quote, a column named twice, an unknown leader
    with open("errors/employees-bom-quote.csv", "w", newline="", encoding="utf-8") as f:
        f.write("\ufeffemployee_id,name,centre,contact_type,target_group,hired_on,employment,centre,leader_id\n")
        f.write("BIF-9101,Anne Holm,JC-Amager,citizen,jobparate,2026-09-01,permanent,JC-Amager,\n")
        f.write('BIF-9102,"Bo Berg,JC-Amager,citizen,jobparate,2026-09-01,permanent,JC-Amager,BIF-9101\n')
        f.write("BIF-9103,Carl Dam,JC-Amager,citizen,jobparate,2026-09-01,permanent,JC-Valby,BIF-9101\n")
        f.write("BIF-9104,Dorte Lund,JC-Amager,citizen,jobparate,2026-09-01,permanent,,BIF-0000\n")
    with open("errors/exam-sittings-with-errors.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["employee", "part", "date", "grade", "outcome", "documentation"])
        for row in sittings[:3]:
            w.writerow([row[0], row[1], row[3], row[5], row[6], row[7]])
        w.writerow([sittings[0][0], "bif-del-1", "2026-11-30", "7", "graded", ""])
        w.writerow([sittings[5][0] if len(sittings) > 5 else "BIF-1001", "bif-del-1", "2026-11-20", "07", "graded", ""])
        w.writerow(["BIF-0000", "bif-del-1", "2026-11-20", "7", "graded", ""])

    # ---- Jobcenter Nord's folder, as of 2020-11-15 -----------------------------------------
    os.chdir("centre")
    staff = [r["employee_id"] for r in nord if not r["employee_id"].startswith("nord-leder")]
    leaders = ["nord-leder-1", "nord-leder-2", "nord-leder-3"]
    profiles = {"basis": 16, "virksomheder": 3, "borgernes-kompetencer": 3, "koordination": 2,
                "borgerinddragelse": 3, "integration": 2, "udvikling": 3}
    comp = lambda p, n: f"{p}.{n:02d}" if p == "basis" else f"{p}.{n}"
    crng = random.Random(2021)
    ratings = []
    for i, e in enumerate(staff):
        strong = set(crng.sample([p for p in profiles if p != "basis"], crng.choice([0, 1, 1])))
        for p, n in profiles.items():
            for k in range(1, n + 1):
                if p == "basis" and crng.random() < 0.35:
                    continue
                base = 3 if p in strong else (3 if p == "basis" and crng.random() < 0.45 else (2 if p == "basis" else 1))
                lvl = max(1, min(4, base + crng.choice([-1, 0, 0, 1] if p in strong else [0, 0, 1])))
                ratings.append([e, comp(p, k), lvl, "SELF", e, "2020-09-14", ""])
                if i % 3 != 2:
                    ll = max(1, min(4, lvl + crng.choice([-1, 0, 0])))
                    ratings.append([e, comp(p, k), ll, "LEADER", leaders[i % 3], "2020-10-05", "drøftet ved MUS" if crng.random() < 0.2 else ""])
    write_csv("ratings.csv", ["employee", "competence", "level", "role", "rater", "date", "note"], ratings)
    write_csv("need.csv", ["profile", "need"],
              [("virksomheder", ">20%"), ("borgernes-kompetencer", "15-20%"), ("koordination", "10-15%"),
               ("borgerinddragelse", ">20%"), ("integration", "5-10%"), ("udvikling", "4")])

    # the administration's exam records 2018-2020, which reproduce seed 000's participation
    # table; Jobcenter Nord's staff sit in them with the passes of the register
    DEL1, DEL2 = {2018: 277, 2019: 176, 2020: 254}, {2018: 183, 2019: 169, 2020: 123}
    srng = random.Random(2018)
    cohorts = {}  # (part, year, k) -> (id, exam date)
    def cohort_of(part, when, section):
        k = (when.month - 1) // 2
        key = (part, when.year, k, section)
        if key not in cohorts:
            exam = date(when.year, 2 * k + 1, 1) + timedelta(days=20 + section + (k % 3))
            cohorts[key] = (f"hold-{when.year}-{'d1' if part == 'bif-del-1' else 'd2'}-{k + 1}{'abcd'[section]}", exam)
        return cohorts[key]
    rows = []
    counted = {(p, y): set() for p in ("bif-del-1", "bif-del-2") for y in (2018, 2019, 2020)}
    def sit(e, part, level, when, attempt, grade, section=0):
        cid, exam = cohort_of(part, when, section)
        day = exam if attempt == 1 else exam + timedelta(days=30 * (attempt - 1))
        rows.append([e, part, level, d(day), attempt, grade, "graded", "", cid])
        counted[(part, day.year)].add(e)
        return day
    for r in nord:
        for part, col in (("bif-del-1", "del1_passed_on"), ("bif-del-2", "del2_passed_on")):
            passed = r[col]
            if passed and "2018-01-01" <= passed <= "2020-10-31":
                when = date.fromisoformat(passed)
                level = "DIPLOM" if r["education"] in ("professionsbachelor", "master", "bachelor", "erhvervsakademi", "akademi") else ("AKADEMI" if r["education"] else "KURSIST")
                day = sit(r["employee_id"], part, level, when, 1, srng.choice(["02", "4", "7", "7", "10", "12"]))
                r[col] = d(day)  # the register's pass is the day of the exam
    # nord-015 used all three attempts of Del 1 (seed 001: three attempts)
    for a, grade in enumerate(["00", "-3", "00"], 1):
        sit("nord-015", "bif-del-1", "AKADEMI", date(2019, 5, 1), a, grade)
    for (part, year), target in list(((("bif-del-1", y), n) for y, n in DEL1.items())) + list(((("bif-del-2", y), n) for y, n in DEL2.items())):
        pre = "d1" if part == "bif-del-1" else "d2"
        n = 0
        while len(counted[(part, year)]) < target:
            e = f"{pre}-{year}-{n}"
            level = "KURSIST" if n % 10 == 9 else "AKADEMI" if n % 3 == 0 else "DIPLOM"
            when = date(year, 1 + n % 11, 10)
            if year == 2020 and part == "bif-del-1" and n % 7 == 6:
                when = date(2020, 11, 28)  # registered for the December exam
            section = 1 + n % 3
            if n % 12 == 11:
                sit(e, part, level, when, 1, "-3", section)
                sit(e, part, level, when, 2, "4", section)
            else:
                sit(e, part, level, when, 1, srng.choice(["02", "4", "7", "10", "12"]), section)
            n += 1
    rows.sort(key=lambda r: (r[3], r[0]))
    write_csv("exam-sittings.csv", ["employee", "part", "level", "date", "attempt", "grade", "outcome", "documentation", "cohort"], rows)

    # cohorts and the anonymous evaluations of 2019-H2 to 2020-H2; the cohorts Jobcenter Nord's
    # staff sat in drop in the autumn of 2020
    QUESTIONS = ["udbytte", "sagsbehandling", "samtaler", "virksomhedsplaceringer", "praksis", "samlet"]
    COMMENTS = ["Gode cases fra egen praksis", "Studiegrupperne var det bedste", "Mere om arbejdsmarkedsdata",
                "For lange undervisningsdage", "Øvelserne passede ikke til jobparate og AC'ere",
                "Tydelig kobling til Min Plan", ""]
    nord_cohorts = {r[8] for r in rows if r[0].startswith("nord-")}
    erng = random.Random(2019)
    evaluations = []
    ordered = sorted(cohorts.values(), key=lambda c: (c[1], c[0]))
    for cid, exam in ordered:
        if exam < date(2019, 7, 1):
            continue
        autumn = exam >= date(2020, 7, 1)
        for _ in range(erng.randint(12, 22)):
            spread = [-1, 0, 0, 1]
            base = 4
            if autumn and cid in nord_cohorts:
                base = 3
            elif autumn:
                spread = [0, 0, 1, 1]
            scores = [max(1, min(5, base + erng.choice(spread))) for _ in QUESTIONS]
            evaluations.append([cid] + scores + [erng.choice(COMMENTS) if erng.random() < 0.3 else ""])
    write_csv("employees.csv", HEADER, nord)
    write_csv("../employees.csv", HEADER, everyone)
    write_csv("cohorts.csv", ["cohort", "part", "examDate"],
              [[cid, "bif-del-1" if "-d1-" in cid else "bif-del-2", d(exam)] for cid, exam in ordered])
    write_csv("evaluations.csv", ["cohort"] + QUESTIONS + ["comment"], evaluations)

    # the centre's catalogue: the sources' examples plus its own initiatives, with prices (the
    # BIF parts at the 2020 budget per participant, seed 000; the others assumed)
    def entry(id, provider, da, en, ects, credit, levels, sessions, weeks, fmt, profiles, competences, price):
        e = {"id": id, "provider": provider, "title": {"da": da, "en": en}, "ects": ects,
             "creditGiving": credit, "levels": levels, "sessions": sessions, "weeks": weeks,
             "format": fmt, "profiles": profiles, "competences": competences}
        if price is not None:
            e["priceDkk"] = price
        return e
    catalogue = [
        entry("kp-bif-del-2", "Københavns Professionshøjskole", "BIF-uddannelsen, del 2", "BIF training, part 2",
              5, True, ["DIPLOM", "AKADEMI", "KURSIST"], 9, 8, "CLASSROOM", [],
              ["basis.10", "basis.15", "basis.05", "borgerinddragelse.3", "virksomheder.1", "virksomheder.2",
               "basis.12", "borgerinddragelse.1", "borgerinddragelse.2", "borgernes-kompetencer.3", "basis.13",
               "koordination.2"], 11141),
        entry("bif-lovkursus-fp-fleksjob-ressourceforloeb", "Københavns Kommune, BIF (onboarding)",
              "Kursus i lovgivningen om førtidspension, fleksjob og ressourceforløb",
              "Course in the law on early retirement, flex jobs and resource courses", 0, False, [], 1, 1,
              "CLASSROOM", [], ["basis.02", "basis.06"], 1800),
        entry("ucl-virksomhedsrettet-indsats", "UC Lillebælt, Fyn", "Den virksomhedsrettede indsats",
              "The company-directed effort", 10, True, ["AKADEMI", "DIPLOM"], 10, 16, "CLASSROOM",
              ["virksomheder"], [], 14500),
        entry("ucsyd-beskaeftigelse-og-organisation", "UC Syd, Esbjerg",
              "Diplommodulet Beskæftigelse og organisation", "Diploma module: Employment and organisation",
              10, True, ["DIPLOM"], 10, 20, "CLASSROOM", [],
              ["basis.03", "basis.09", "virksomheder.3", "koordination.1"], 15900),
        entry("via-koordinerende-sagsbehandler", "VIA University College, Randers",
              "Den koordinerende sagsbehandler", "The coordinating caseworker", 0, False, [], 9, 26,
              "WORKPLACE", ["koordination"], ["basis.16", "borgerinddragelse.3"], 12000),
        entry("kp-kommunikation-psykisk-syge", "Københavns Professionshøjskole",
              "Diplommodul i kommunikation med psykisk syge borgere",
              "Diploma module: communicating with mentally ill citizens", 10, True, ["DIPLOM"], 10, 20,
              "CLASSROOM", [], ["basis.07", "basis.08", "borgerinddragelse.3"], 15900),
        entry("nord-kompetenceloeft-borgere", "Jobcenter Nord (internt)",
              "Workshopforløb: kompetenceløft og brobygning til uddannelse",
              "Workshops: upskilling and bridging to education", 0, False, [], 4, 8, "WORKPLACE",
              ["borgernes-kompetencer"], [], None),
        entry("nord-integration-netvaerk", "Jobcenter Nord (internt)",
              "Netværk og supervision: integration på arbejdsmarkedet",
              "Network and supervision: integration in the labour market", 0, False, [], 6, 12,
              "WORKPLACE", ["integration"], [], None),
        entry("nord-samtaler-borgerejerskab", "Jobcenter Nord (internt)",
              "Træning i samtaleteknik og borgerens ejerskab (værktøjskassen for den gode borgersamtale)",
              "Training in conversation technique and citizens' ownership (the conversation toolbox)",
              0, False, [], 5, 10, "WORKPLACE", ["borgerinddragelse"], ["basis.08"], None),
        entry("nord-evaluering-effekt", "Jobcenter Nord (internt)",
              "Evaluering og effektmåling af indsatser", "Evaluating efforts and measuring effect",
              0, False, [], 3, 6, "BLENDED", ["udvikling"], ["basis.04"], None),
        entry("nord-fagsystemer", "Jobcenter Nord (internt)", "Introduktion til fagsystemerne",
              "Introduction to the case systems", 0, False, [], 2, 2, "BLENDED", [],
              ["basis.01", "basis.11", "basis.14"], 2500),
    ]
    with open("catalogue.json", "w", encoding="utf-8") as f:
        json.dump(catalogue, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
