# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tools import mute_logger

from .common import EnergyCommon


class TestReading(EnergyCommon):
    def test_consumption_from_readings(self):
        """Consumption is the difference of two readings times the multiplier;
        the first reading only opens the meter."""
        self.elec_a.multiplier = 2
        opening, feb = self._series(self.elec_a, [1000, 1250])
        self.assertTrue(opening.is_opening)
        self.assertEqual(opening.consumption, 0)
        self.assertEqual(feb.consumption, 500)

    def test_backwards_reading_refused(self):
        """A reading below the previous one is refused and nothing is stored."""
        self._series(self.elec_a, [1000, 1200])
        with (
            self.assertRaisesRegex(ValidationError, "below the previous reading"),
            self.env.cr.savepoint(),
        ):
            self._read(self.elec_a, 3, 1100)
        self.assertEqual(
            self.env["affairs.energy.reading"].search_count(
                [("meter_id", "=", self.elec_a.id)]
            ),
            2,
        )

    def test_insert_before_a_lower_reading_refused(self):
        """Inserting a month whose reading is above the next one is refused."""
        self._read(self.elec_a, 1, 1000)
        self._read(self.elec_a, 3, 1300)
        with self.assertRaises(ValidationError):
            self._read(self.elec_a, 2, 1400)

    def test_replacement(self):
        """A replaced meter counts the old meter's last use and the new one's."""
        self._read(self.elec_a, 1, 1000)
        replacement = self._read(
            self.elec_a,
            2,
            50,
            reading_type="replacement",
            replaced_final_value=1100,
            replaced_initial_value=0,
            new_serial="N-2",
        )
        self.assertEqual(replacement.consumption, 150)
        self.assertEqual(self.elec_a.replacement_ids, replacement)
        march = self._read(self.elec_a, 3, 300)
        self.assertEqual(march.consumption, 250)

    def test_replacement_final_below_previous_refused(self):
        self._read(self.elec_a, 1, 1000)
        with self.assertRaises(ValidationError):
            self._read(
                self.elec_a, 2, 50, reading_type="replacement", replaced_final_value=900
            )

    def test_rollover(self):
        """A register rolling over counts up to its capacity, then from zero."""
        self.elec_a.rollover_value = 100000
        self._read(self.elec_a, 1, 99900)
        rollover = self._read(self.elec_a, 2, 100, reading_type="rollover")
        self.assertEqual(rollover.consumption, 200)

    def test_rollover_needs_capacity(self):
        self._read(self.elec_a, 1, 99900)
        with self.assertRaisesRegex(ValidationError, "Rolls Over At"):
            self._read(self.elec_a, 2, 100, reading_type="rollover")

    def test_editing_a_reading_updates_the_next(self):
        _jan, feb, mar = self._series(self.elec_a, [1000, 1200, 1500])
        feb.value = 1300
        self.assertEqual(feb.consumption, 300)
        self.assertEqual(mar.consumption, 200)
        feb.unlink()
        self.assertEqual(mar.consumption, 500)
        with self.assertRaises(ValidationError):
            mar.value = 900

    def test_missing_months_flagged(self):
        """A gap between readings is flagged and listed per meter."""
        self._read(self.elec_a, 1, 1000)
        march = self._read(self.elec_a, 3, 1400)
        self.assertEqual(march.gap_months, 1)
        missing = self.elec_a._affairs_missing_months(
            date(self.year, 1, 1), date(self.year, 4, 1)
        )
        self.assertEqual(missing[self.elec_a], [date(self.year, 2, 1)])

    def test_quantity_meter(self):
        """A quantity meter records each month's use directly."""
        coal = self.env["affairs.energy.meter"].create(
            {
                "name": "Coal yard",
                "kind": "coal",
                "agency_id": self.agency_a.id,
                "reading_mode": "quantity",
            }
        )
        self._read(coal, 1, 500)
        february = self._read(coal, 2, 200)
        self.assertEqual(february.consumption, 200)

    def test_one_reading_per_month(self):
        self._read(self.elec_a, 1, 1000)
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            self._read(self.elec_a, 1, 1100).flush_recordset()

    def test_implausible_values_refused(self):
        with self.assertRaises(ValidationError):
            self._read(self.elec_a, 1, -5)
        with self.assertRaises(ValidationError):
            self._read(self.elec_a, 1, 10, year=1990)
        with self.assertRaises(ValidationError):
            self.elec_a.multiplier = 0
