# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""No English in a Chinese demo database.

Phase 2 of scripts/run_tests.py (and scripts/run.sh) install every addon with
its demo data in Chinese: the users of the fresh database are zh_CN and the
suite writes its chatter, activities and stored labels in the acting user's
language. This test reads what the demo left behind, the way a bureau's user
would see it, and lists every English word it finds.
"""

import re

from odoo.tests import TransactionCase, tagged
from odoo.tools import html2plaintext

# Words of three letters or more a Chinese user may read: proper names,
# units, file formats and codes. All-capital tokens are codes or reference
# prefixes (CGJH/2026/0001, PDF, QR) and are allowed as such.
ALLOWED = frozenset(
    {
        "Odoo",
        "OdooBot",
        "Excel",
        "Word",
        "Mitchell",
        "Admin",
        "admin",
        "Administrator",
        "YourCompany",
        "example",
        "com",
        "http",
        "https",
        "www",
        "odoo",
        "kWh",
        "gce",
        "kgce",
    }
)
WORD = re.compile(r"[A-Za-z]{3,}")
# Addresses and identifiers are not prose.
NOT_PROSE = re.compile(r"\S+@\S+|https?://\S+|/web\S*|\b[\w.-]+\.(?:com|cn|org)\b")
# Fields holding codes, identifiers or contact data rather than prose.
TECHNICAL_FIELDS = re.compile(
    r"(^|_)(code|ref|reference|email|phone|mobile|url|vat|iban|uom_code|"
    r"token|key|barcode|plate|license_plate|vin|number|sequence|xmlid|"
    r"model|res_model|affairs_model_name|module|color|icon|image|signature|"
    r"domain|python|expression|seed|hash|filename|mimetype)($|_)"
)
SUITE_MODULES = ("affairs_", "l10n_cn_gov")


def english_words(text):
    """The English words of ``text`` outside the allow-list."""
    text = NOT_PROSE.sub(" ", text or "")
    return sorted(
        {
            word
            for word in WORD.findall(text)
            if word not in ALLOWED and word != word.upper()
        }
    )


def suite_models(env):
    """Models the suite defines (not the core ones it extends)."""
    return [
        name
        for name, model in env.registry.items()
        if not model._abstract
        and not model._transient
        and model._original_module.startswith(SUITE_MODULES)
    ]


def _message_offenders(env, models):
    offenders = []
    # Notifications (an activity assigned) included: they are read too.
    messages = env["mail.message"].search([("model", "in", models)])
    for message in messages:
        # Tracked choices are stored as their label in the writer's language.
        states = message.tracking_value_ids.filtered(
            lambda value: value.field_id.ttype == "selection"
        )
        text = " ".join(
            [message.subject or "", html2plaintext(message.body or "")]
            + states.mapped(lambda value: value.old_value_char or "")
            + states.mapped(lambda value: value.new_value_char or "")
        )
        if words := english_words(text):
            offenders.append(
                (f"mail.message {message.model},{message.res_id}", words, text)
            )
    return offenders


def _activity_offenders(env, models):
    offenders = []
    for activity in env["mail.activity"].search([("res_model", "in", models)]):
        text = "%s %s" % (activity.summary or "", html2plaintext(activity.note or ""))
        if words := english_words(text):
            offenders.append(
                (f"mail.activity {activity.res_model},{activity.res_id}", words, text)
            )
    return offenders


def _prose_fields(model):
    return [
        name
        for name, field in model._fields.items()
        if field.type in ("char", "text", "html")
        and field.store
        and not field.related
        and not TECHNICAL_FIELDS.search(name)
        and name not in ("display_name", "write_uid", "create_uid")
        and not name.startswith("message_")
        and not name.startswith("activity_")
    ]


def _record_offenders(env, models):
    offenders = []
    for name in models:
        model = env[name].with_context(active_test=False, lang="zh_CN")
        fnames = _prose_fields(model)
        if not fnames:
            continue
        for record in model.search([]):
            for fname in fnames:
                value = record[fname]
                if not isinstance(value, str):
                    continue
                if model._fields[fname].type == "html":
                    value = html2plaintext(value)
                if words := english_words(value):
                    offenders.append((f"{name},{record.id}.{fname}", words, value))
    return offenders


def english_offenders(env):
    """(where, English words, text) of the suite's demo data, in Chinese."""
    models = suite_models(env)
    return (
        _message_offenders(env, models)
        + _activity_offenders(env, models)
        + _record_offenders(env, models)
    )


@tagged("post_install", "-at_install")
class TestDemoChinese(TransactionCase):
    """The demo database installed in Chinese reads in Chinese."""

    def test_english_words_found(self):
        """The scan sees English prose and lets names, units and codes pass."""
        self.assertEqual(
            english_words("<p>Approve CZ/2026/0001</p> 共 3 kWh"), ["Approve"]
        )
        self.assertEqual(english_words("审批 CGJH/2026/0001 PDF, QR; Odoo"), [])
        self.assertEqual(english_words("见 a@example.com 或 https://x.cn/a"), [])

    def test_demo_has_no_english(self):
        """Chatter, activities and records of the suite's demo are Chinese."""
        # Phase 2 and scripts/run.sh install with --load-language=zh_CN.
        self.assertEqual(self.env.ref("base.user_root").lang, "zh_CN")
        offenders = english_offenders(self.env)
        report = "\n".join(
            f"{where}: {' '.join(words)} | {text[:120]!r}"
            for where, words, text in offenders[:80]
        )
        self.assertFalse(
            offenders, f"{len(offenders)} English texts in the demo:\n{report}"
        )
