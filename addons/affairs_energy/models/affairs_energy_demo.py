# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import math
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

# Monthly use of a typical office building per kind (month 1..12 → share of
# the average month): cooling peaks in July-August, heating in winter.
SEASONS = {
    "electricity": [
        1.15,
        1.05,
        0.9,
        0.85,
        0.95,
        1.15,
        1.35,
        1.4,
        1.05,
        0.85,
        0.95,
        1.1,
    ],
    "water": [0.85, 0.75, 0.95, 1.0, 1.05, 1.15, 1.2, 1.2, 1.05, 1.0, 0.9, 0.9],
    "natural_gas": [1.3, 1.2, 1.05, 0.9, 0.85, 0.8, 0.8, 0.8, 0.85, 0.95, 1.1, 1.3],
    "heat": [2.4, 2.0, 1.4, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.6, 2.4],
}


class AffairsEnergyMeter(models.Model):
    """Demo data generator: a year and a half of monthly readings."""

    _inherit = "affairs.energy.meter"

    @api.model
    def _affairs_demo_load(self, meter_xmlids, monthly_means, agency_xmlid):
        """Readings of the demo meters, then the agency's prepared return."""
        self = self._affairs_in_user_lang()
        self._affairs_demo_readings(meter_xmlids, monthly_means)
        self._affairs_demo_return(agency_xmlid)
        return True

    @api.model
    def _affairs_demo_readings(self, meter_xmlids, monthly_means):
        """Readings for the last 18 months of the given demo meters.

        ``monthly_means`` gives each meter's average monthly consumption (in
        the meter's unit); seasonality comes from ``SEASONS`` and a small
        deterministic wobble so that the year-on-year change stays moderate.
        """
        today = fields.Date.context_today(self)
        first = today.replace(day=1) - relativedelta(months=18)
        vals_list = []
        for xmlid, mean in zip(meter_xmlids, monthly_means, strict=True):
            meter = self.env.ref(xmlid)
            season = SEASONS.get(meter.kind, [1.0] * 12)
            index = 1000.0 * (meter.id % 7 + 1)
            for step in range(19):
                month = first + relativedelta(months=step)
                if step:
                    wobble = 1.0 + 0.04 * math.sin(step * 1.7 + meter.id)
                    raw = mean * season[month.month - 1] * wobble
                    index += round(raw / meter.multiplier, 1)
                vals_list.append(
                    {
                        "meter_id": meter.id,
                        "date": month + relativedelta(days=24),
                        "value": index,
                    }
                )
        self.env["affairs.energy.reading"].create(vals_list)
        return True

    @api.model
    def _affairs_demo_return(self, agency_xmlid):
        """A prepared draft return of the agency for the last full quarter."""
        today = fields.Date.context_today(self)
        quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        last = quarter_start - relativedelta(months=3)
        ret = self.env["affairs.energy.return"].create(
            {
                "agency_id": self.env.ref(agency_xmlid).id,
                "year": last.year,
                "period_type": "quarter",
                "quarter": str((last.month - 1) // 3 + 1),
            }
        )
        ret.action_prepare()
        return ret.id
