"""Fill zh_CN.po entries from a {msgid: msgstr} dict given as a Python file (dev helper).

Usage: python scripts/dev/fill_po.py ADDON TRANSLATIONS.py
"""

import runpy
import sys
from pathlib import Path

import polib

addon, source = sys.argv[1], sys.argv[2]
table = runpy.run_path(source)["T"]
po_path = Path(__file__).resolve().parents[2] / "addons" / addon / "i18n" / "zh_CN.po"
po = polib.pofile(str(po_path))
for entry in po:
    if not entry.msgstr and entry.msgid in table:
        entry.msgstr = table[entry.msgid]
po.save()
print(addon, "untranslated:", [entry.msgid for entry in po if not entry.msgstr])
