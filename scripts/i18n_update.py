#!/usr/bin/env python3
"""Refresh an addon's .pot and merge it into its zh_CN.po, keeping translations.

Usage: scripts/i18n_update.py DB ADDON [ADDON...]
DB must have ADDON installed with its demo data (demo records carry translatable
terms too, e.g. department names). Terms already written in Chinese only are
their own translation.
Prints the untranslated entries left in each zh_CN.po.
"""

import os
import subprocess
import sys
from pathlib import Path

import re

import polib

REPO = Path(__file__).resolve().parents[1]


def glossary(addon):
    """The suite's glossary (affairs_base/i18n_glossary.py) for ``addon``."""
    namespace = {}
    exec((REPO / "addons" / "affairs_base" / "i18n_glossary.py").read_text(), namespace)
    return dict(namespace["GLOSSARY"], **namespace["ADDON_GLOSSARY"].get(addon, {}))


CHINESE_ONLY = re.compile(r"[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*")


def export_pot(db, addon):
    pot = REPO / "addons" / addon / "i18n" / f"{addon}.pot"
    pot.parent.mkdir(exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            f"{os.environ['ODOO_SRC']}/odoo-bin",
            "i18n",
            "export",
            "-d",
            db,
            "-c",
            os.environ.get("AFFAIRS_ODOO_CONF", str(REPO / "odoo.conf")),
            "-o",
            str(pot),
            addon,
        ],
        check=True,
        cwd=REPO,
    )
    return pot


def merge(pot_path, addon):
    po_path = pot_path.parent / "zh_CN.po"
    old = polib.pofile(str(po_path)) if po_path.exists() else polib.POFile()
    known = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in old}
    known_by_id = {entry.msgid: entry.msgstr for entry in old if entry.msgstr}
    new = polib.pofile(str(pot_path))
    new.metadata.update(
        {"Language": "zh_CN", "Content-Type": "text/plain; charset=UTF-8"}
    )
    terms = glossary(addon) if addon.startswith("affairs_") else {}
    for entry in new:
        entry.msgstr = (
            terms.get(entry.msgid)
            or known.get((entry.msgctxt, entry.msgid))
            or known_by_id.get(entry.msgid, "")
        )
        if not entry.msgstr and CHINESE_ONLY.fullmatch(entry.msgid):
            entry.msgstr = entry.msgid
    new.save(str(po_path))
    missing = [entry.msgid for entry in new if not entry.msgstr]
    print(f"{addon}: {len(new)} terms, {len(missing)} untranslated")
    for msgid in missing:
        print("  ", repr(msgid))


def main():
    db, addons = sys.argv[1], sys.argv[2:]
    for addon in addons:
        merge(export_pot(db, addon), addon)


if __name__ == "__main__":
    main()
