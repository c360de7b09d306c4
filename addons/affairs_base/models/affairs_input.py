# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Plausibility of what users type, checked before anything is stored.

Used by the approval mixin (every request model) and the standards mixin
(every rule table): amounts, quantities, areas, odometers and counts are
non-negative and below a plausible bound, dates lie in a plausible window,
texts have a plausible length. A model lists the fields that may be negative
in ``_affairs_signed_fields``.
"""
import datetime

from odoo import fields
from odoo.exceptions import ValidationError

MAX_NUMBER = 1e12  # above any amount, area or odometer of a bureau
MAX_INTEGER = 10**9  # counts, years, seats (PostgreSQL integers end at 2**31)
MAX_TEXT = 100_000
DATE_MIN = datetime.date(1990, 1, 1)
DATE_MAX = datetime.date(2100, 12, 31)


def check_input(model, vals_list):
    """Raise a ValidationError naming the first implausible value."""
    signed = set(getattr(model, "_affairs_signed_fields", ()))
    for vals in vals_list:
        for name, value in vals.items():
            field = model._fields.get(name)
            if field is None or value is False or value is None:
                continue
            problem = _problem(field, value, name in signed)
            if problem:
                raise ValidationError(
                    model.env._(
                        "%(field)s of %(model)s: %(problem)s",
                        field=field._description_string(model.env),
                        model=model._description,
                        problem=problem(model.env),
                    )
                )


def _problem(field, value, signed):
    kind = field.type
    if kind in ("float", "monetary", "integer"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return lambda env: env._("a number is expected.")
        if value != value:  # NaN
            return lambda env: env._("a number is expected.")
        bound = MAX_INTEGER if kind == "integer" else MAX_NUMBER
        if abs(value) > bound:
            return lambda env: env._("%(value)s is not a plausible value.", value=value)
        if value < 0 and not signed:
            return lambda env: env._("it cannot be negative.")
    elif kind in ("date", "datetime"):
        try:
            day = fields.Date.to_date(value) if kind == "date" else (
                fields.Datetime.to_datetime(value)
            )
        except (ValueError, TypeError, OverflowError):
            return lambda env: env._("%(value)s is not a date.", value=value)
        if isinstance(day, datetime.datetime):
            day = day.date()
        if day and not DATE_MIN <= day <= DATE_MAX:
            return lambda env: env._(
                "%(value)s lies outside %(start)s to %(end)s.",
                value=value,
                start=DATE_MIN.isoformat(),
                end=DATE_MAX.isoformat(),
            )
    elif kind in ("char", "text", "html"):
        if isinstance(value, str) and len(value) > MAX_TEXT:
            return lambda env: env._("the text is too long.")
    return None
