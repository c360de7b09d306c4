"""Every addon ships an up-to-date .pot and a complete zh_CN translation."""

import os
import subprocess
import sys

import polib

from conftest import PREFIX, REPO, database_exists


def test_pot_up_to_date_and_zh_cn_complete(odoo_config, addon, tmp_path):
    i18n = REPO / "addons" / addon / "i18n"
    pot = polib.pofile(str(i18n / f"{addon}.pot"))
    po = polib.pofile(str(i18n / "zh_CN.po"))
    db = f"{PREFIX}_all" if database_exists(f"{PREFIX}_all") else f"{PREFIX}_{addon}"
    fresh_path = tmp_path / f"{addon}.pot"
    subprocess.run(
        [
            sys.executable,
            f"{os.environ['ODOO_SRC']}/odoo-bin",
            "i18n",
            "export",
            "-c",
            str(odoo_config),
            "-d",
            db,
            "-o",
            str(fresh_path),
            addon,
        ],
        check=True,
        cwd=REPO,
        capture_output=True,
    )
    fresh = polib.pofile(str(fresh_path))
    key = lambda entry: (entry.msgctxt, entry.msgid)  # noqa: E731
    assert {key(e) for e in fresh} == {key(e) for e in pot}, (
        "the committed .pot is out of date"
    )
    translated = {key(e) for e in po if e.msgstr}
    missing = [e.msgid for e in fresh if key(e) not in translated]
    assert not missing, (
        f"{len(missing)} terms without zh_CN translation, e.g. {missing[:5]}"
    )
