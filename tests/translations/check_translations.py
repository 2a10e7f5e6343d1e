#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Uptrack contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation is incomplete or out of date.

Runs lupdate over the sources into copies of translations/*.ts (the committed files
are not touched) and then checks every message of every language:
  - none is unfinished, new (a source string without a translation) or gone
    (a translation whose string left the sources);
  - placeholders agree: the same %1..%99 and %n/%Ln as the source;
  - a source with a keyboard accelerator (&File) keeps exactly one in its
    translation, and one without gets none;
  - plural messages carry as many forms as the language has;
  - the translation of a line that ends with a newline ends with one too.
Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2}
PLACEHOLDER = re.compile(r"%L?(?:n|\d{1,2})")
ACCEL = re.compile(r"&(?!&|[a-zA-Z]+;|#)(.)")


def accelerators(text):
    return [m.group(1) for m in ACCEL.finditer(text)]


def messages(path):
    root = ET.parse(path).getroot()
    lang = root.get("language", "").split("_")[0]
    out = {}
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for m in ctx.findall("message"):
            out[(name, m.findtext("source"))] = m
    return lang, out


def check(path, fresh, problems):
    lang, committed = messages(path)
    _, updated = messages(fresh)
    where = path.name
    for key in sorted(set(committed) - set(updated), key=str):
        problems.append(f"{where}: [{key[0]}] {key[1]!r} is no longer in the sources "
                        "(run translations/update)")
    for key, m in sorted(updated.items(), key=lambda kv: str(kv[0])):
        ctx, source = key
        t = m.find("translation")
        label = f"{where}: [{ctx}] {source!r}"
        if key not in committed:
            problems.append(f"{label} has no translation (run translations/update and translate it)")
            continue
        if t.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{label} is {t.get('type')}")
            continue
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in t.findall("numerusform")]
            want = PLURAL_FORMS.get(lang)
            if want and len(forms) != want:
                problems.append(f"{label}: {len(forms)} plural forms, {lang} has {want}")
        else:
            forms = [t.text or ""]
        want_ph = sorted(set(PLACEHOLDER.findall(source)))
        want_acc = len(accelerators(source))
        for text in forms:
            if not text.strip() and source.strip():
                problems.append(f"{label}: empty translation")
                continue
            got_ph = sorted(set(PLACEHOLDER.findall(text)))
            # A plural form may leave %n out ("stündlich" for "every %n hour").
            if m.get("numerus") == "yes":
                got_ph = sorted(set(got_ph) | ({"%n", "%Ln"} & set(want_ph)))
            if got_ph != want_ph:
                problems.append(f"{label}: placeholders {got_ph} in {text!r}, the source has {want_ph}")
            if len(accelerators(text)) != want_acc:
                problems.append(f"{label}: {len(accelerators(text))} accelerators in {text!r}, "
                                f"the source has {want_acc}")
            if source.endswith("\n") != text.endswith("\n"):
                problems.append(f"{label}: the source and {text!r} disagree on the final newline")


def main():
    lupdate, source_dir = sys.argv[1], Path(sys.argv[2])
    ts_dir = source_dir / "translations"
    files = sorted(ts_dir.glob("uptrack_*.ts"))
    if {f.stem for f in files} != {"uptrack_en", "uptrack_de", "uptrack_fr"}:
        print(f"expected uptrack_en.ts, uptrack_de.ts and uptrack_fr.ts in {ts_dir}")
        return 1
    problems = []
    counts = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            copy = Path(tmp) / f.name
            shutil.copy(f, copy)
            args = [lupdate, "-silent", "-locations", "none", "-no-obsolete"]
            if f.stem == "uptrack_en":
                args.append("-pluralonly")
            args += [str(source_dir / d) for d in ("core", "app", "ui", "tools/uptrack-run")] + ["-ts", str(copy)]
            subprocess.run(args, check=True)
            check(f, copy, problems)
            counts.append(f"{f.stem}: {len(messages(copy)[1])} messages")
    for p in problems:
        print(p)
    print("; ".join(counts))
    if problems:
        print(f"{len(problems)} translation problem(s)")
        return 1
    print("every translation is complete and consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
