# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Plausibility of what users type, checked before anything is stored.

Used by the approval mixin (every request model), its line mixin, the
standards mixin (every rule table) and, for the fields the suite's addons
define, by every model (``base``): amounts, quantities, areas, odometers and counts are
non-negative and below a plausible bound, dates lie in a plausible window,
texts have a plausible length, selections hold one of their choices. A model
lists the fields that may be negative in ``_affairs_signed_fields`` and the
register dates that may be older than 1990 in ``_affairs_historic_date_fields``.
"""

import datetime

from odoo import fields
from odoo.exceptions import ValidationError

MAX_NUMBER = 1e12  # above any amount, area or odometer of a bureau
MAX_INTEGER = 10**9  # counts, years, seats (PostgreSQL integers end at 2**31)
MAX_TEXT = 100_000
DATE_MIN = datetime.date(1990, 1, 1)
DATE_MAX = datetime.date(2100, 12, 31)
# Register dates (an asset acquired, a title registered) may be older.
HISTORIC_DATE_MIN = datetime.date(1949, 10, 1)


def check_input(model, vals_list):
    """Raise a ValidationError naming the first implausible value."""
    signed = set(getattr(model, "_affairs_signed_fields", ()))
    historic = set(getattr(model, "_affairs_historic_date_fields", ()))
    for vals in vals_list:
        for name, value in vals.items():
            field = model._fields.get(name)
            if field is None or value is False or value is None:
                continue
            problem = _problem(field, value, name in signed, name in historic)
            if problem:
                raise ValidationError(
                    model.env._(
                        "%(field)s of %(model)s: %(problem)s",
                        field=field._description_string(model.env),
                        model=model._description,
                        problem=problem(model.env),
                    )
                )


def _problem(field, value, signed, historic=False):
    kind = field.type
    if kind in ("float", "monetary", "integer"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return lambda env: env._("a number is expected.")
        if value != value:  # NaN
            return lambda env: env._("a number is expected.")
        bound = MAX_INTEGER if kind == "integer" else MAX_NUMBER
        if abs(value) > bound:
            return lambda env: env._("%(value)s is not a plausible value.", value=value)
        if kind == "integer" and value != int(value):
            return lambda env: env._("a whole number is expected.")
        if value < 0 and not signed:
            return lambda env: env._("it cannot be negative.")
    elif kind in ("date", "datetime"):
        try:
            day = (
                fields.Date.to_date(value)
                if kind == "date"
                else (fields.Datetime.to_datetime(value))
            )
        except (ValueError, TypeError, OverflowError):
            return lambda env: env._("%(value)s is not a date.", value=value)
        if isinstance(day, datetime.datetime):
            day = day.date()
        start = HISTORIC_DATE_MIN if historic else DATE_MIN
        if day and not start <= day <= DATE_MAX:
            return lambda env: env._(
                "%(value)s lies outside %(start)s to %(end)s.",
                value=value,
                start=start.isoformat(),
                end=DATE_MAX.isoformat(),
            )
    elif kind in ("char", "text", "html"):
        if not isinstance(value, str):
            return lambda env: env._("a text is expected.")
        if len(value) > MAX_TEXT:
            return lambda env: env._("the text is too long.")
    elif kind == "selection" and not callable(field.selection) and field.selection:
        # Static choices only: a computed selection is checked by the ORM.
        if value not in [key for key, _label in field.selection]:
            return lambda env: env._(
                "%(value)r is not one of the choices.", value=value
            )
    return None
