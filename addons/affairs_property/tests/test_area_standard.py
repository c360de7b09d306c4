# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError

from .common import PropertyCommon


class TestAreaStandard(PropertyCommon):
    def _entitled(self, agency, rank_code, area=100.0):
        person = self._employee(
            f"p-{agency.affairs_level}-{rank_code}", agency, rank_code
        )
        room = self._room(f"R-{agency.affairs_level}-{rank_code}", area, agency, person)
        return room.entitled_area

    def test_national_rows_one_per_level_and_post_level(self):
        """The lookup is a plain match: one national row per (level, post level)."""
        rules = self.env["affairs.area.standard"]._get_rules()
        keys = [rule._rule_key() for rule in rules]
        self.assertEqual(len(keys), len(set(keys)))
        self.assertEqual(len(rules.filtered(lambda r: r.organ_level == "municipal")), 8)
        township = rules.filtered(lambda r: r.organ_level == "township")
        self.assertTrue(township and all(township.mapped("is_provisional")))
        self.assertTrue(all(area <= 24 for area in township.mapped("area")))

    def test_municipal_ranks(self):
        """Municipal: 市级正职 (bureau) 42, 市级副职 30, 正局(处) 24, 副局(处) 18, below 9."""
        self.assertEqual(self._entitled(self.municipal, "bureau"), 42)
        self.assertEqual(self._entitled(self.municipal, "bureau_deputy"), 30)
        self.assertEqual(self._entitled(self.municipal, "division"), 24)
        self.assertEqual(self._entitled(self.municipal, "division_deputy"), 18)
        self.assertEqual(self._entitled(self.municipal, "staff"), 9)

    def test_county_ranks(self):
        """County: 县级正职 (division) 30, 副职 24, 正科 18, 副科 12, below 9."""
        self.assertEqual(self._entitled(self.county, "division"), 30)
        self.assertEqual(self._entitled(self.county, "division_deputy"), 24)
        self.assertEqual(self._entitled(self.county, "section"), 18)
        self.assertEqual(self._entitled(self.county, "section_deputy"), 12)
        self.assertEqual(self._entitled(self.county, "clerk"), 9)

    def test_central_and_provincial_ranks(self):
        """The same post level is entitled differently by organ level."""
        self.assertEqual(self._entitled(self.central, "ministerial"), 54)
        self.assertEqual(self._entitled(self.central, "bureau"), 24)
        self.assertEqual(self._entitled(self.central, "division_deputy"), 12)
        self.assertEqual(self._entitled(self.provincial, "bureau"), 30)
        self.assertEqual(self._entitled(self.provincial, "division_deputy"), 12)
        self.assertEqual(self._entitled(self.provincial, "section"), 9)

    def test_rank_grade_uses_its_post_level(self):
        """一级调研员 is treated as division level: 24 m² in a municipal organ."""
        self.assertEqual(self._entitled(self.municipal, "grade_researcher_1"), 24)

    def test_over_standard_both_sides(self):
        """A division chief (24 m²) in 24 m² is compliant, in 24.5 m² over by 0.5."""
        chief = self._employee("处长甲", self.municipal, "division")
        room = self._room("301", 24.0, self.municipal, chief)
        self.assertFalse(room.is_over_standard)
        self.assertEqual(room.over_area, 0)
        room.usable_area = 24.5
        self.assertTrue(room.is_over_standard)
        self.assertAlmostEqual(room.over_area, 0.5)

    def test_shared_office_sums_standards(self):
        """Three staff (9 m² each) share 27 m²: compliant; 28 m²: over by 1."""
        staff = (
            self._employee("科员甲", self.municipal, "staff")
            | self._employee("科员乙", self.municipal, "staff")
            | self._employee("科员丙", self.municipal, "section_deputy")
        )
        room = self._room("302", 27.0, self.municipal, staff)
        self.assertEqual(room.entitled_area, 27)
        self.assertFalse(room.is_over_standard)
        room.usable_area = 28.0
        self.assertTrue(room.is_over_standard)
        self.assertEqual(room.over_area, 1)
        room.occupant_ids = staff[:2]
        self.assertEqual(room.entitled_area, 18)
        self.assertEqual(room.over_area, 10)

    def test_rank_change_flips_room_over_standard(self):
        """A 30 m² office of a 市级副职 becomes over standard when he is a division chief."""
        deputy = self._employee("副市长", self.municipal, "bureau_deputy")
        room = self._room("303", 30.0, self.municipal, deputy)
        self.assertFalse(room.is_over_standard)
        deputy.affairs_rank_id = self._rank("division")
        self.assertEqual(room.entitled_area, 24)
        self.assertTrue(room.is_over_standard)
        self.assertEqual(room.over_area, 6)
        self.assertTrue(self.municipal.affairs_office_over_room_count >= 1)

    def test_agency_level_change_recomputes(self):
        """The same division chief is entitled 24 m² municipal, 30 m² county."""
        chief = self._employee("处长乙", self.municipal, "division")
        room = self._room("304", 30.0, self.municipal, chief)
        self.assertTrue(room.is_over_standard)
        self.municipal.affairs_level = "county"
        self.assertEqual(room.entitled_area, 30)
        self.assertFalse(room.is_over_standard)

    def test_standard_change_recomputes_rooms(self):
        """Editing a standard row, or a local book overriding it, recomputes offices."""
        chief = self._employee("处长丙", self.municipal, "division")
        room = self._room("305", 24.0, self.municipal, chief)
        self.assertFalse(room.is_over_standard)
        national = self.env.ref("affairs_property.area_standard_municipal_division")
        national.area = 20
        self.assertEqual(room.entitled_area, 20)
        self.assertTrue(room.is_over_standard)
        local_book = self.env["affairs.standard.book"].create(
            {
                "name": "某市实施办法",
                "scope": "local",
                "parent_id": self.env.ref("affairs_base.standard_book_national").id,
                "date_from": "2020-01-01",
                "company_id": self.company.id,
            }
        )
        self.company.affairs_standard_book_id = local_book
        self.env["affairs.area.standard"].create(
            {
                "book_id": local_book.id,
                "organ_level": "municipal",
                "rank_id": self._rank("division").id,
                "area": 26,
            }
        )
        self.assertEqual(room.entitled_area, 26)
        self.assertFalse(room.is_over_standard)

    def test_free_and_non_office_rooms_not_flagged(self):
        """A free office and a meeting room are not over standard; an empty held office is."""
        free = self._room("306", 40.0)
        meeting = self._room("307", 80.0, self.municipal, usage="meeting")
        held = self._room("308", 20.0, self.municipal)
        self.assertFalse(free.is_over_standard)
        self.assertFalse(meeting.is_over_standard)
        self.assertTrue(held.is_over_standard)
        self.assertEqual(held.over_area, 20)

    def test_missing_rank_flagged(self):
        """An occupant without a post level gets no area and the room says so."""
        nobody = self._employee("无职级", self.municipal, None)
        room = self._room("309", 9.0, self.municipal, nobody)
        self.assertTrue(room.missing_standard)
        self.assertTrue(room.is_over_standard)

    def test_agency_figures(self):
        """Agency: office area, entitlement of its staff, overage and per-capita area."""
        agency = self.env["hr.department"].create(
            {
                "name": "市审计局",
                "is_affairs_agency": True,
                "affairs_level": "municipal",
            }
        )
        head = self._employee("局长", agency, "division")
        clerk = self._employee("科员", agency, "staff")
        self._room("401", 30.0, agency, head)
        self._room("402", 9.0, agency, clerk)
        self._room("403", 60.0, agency, usage="meeting")
        self.assertEqual(agency.affairs_office_area, 39)
        self.assertEqual(agency.affairs_office_entitled_area, 33)
        self.assertEqual(agency.affairs_office_over_area, 6)
        self.assertEqual(agency.affairs_office_per_capita, 19.5)
        self.assertEqual(agency.affairs_office_over_room_count, 1)
        self.assertTrue(agency.affairs_office_over_standard)
        over = self.env["hr.department"].search(
            [("affairs_office_over_standard", "=", True)]
        )
        self.assertIn(agency, over)

    def test_one_office_per_person(self):
        """A person may occupy one office only."""
        person = self._employee("两处办公", self.municipal, "staff")
        self._room("501", 9.0, self.municipal, person)
        with self.assertRaises(ValidationError):
            self._room("502", 9.0, self.municipal, person)

    def test_occupant_of_other_agency_refused(self):
        """Occupants must work for the room's agency."""
        stranger = self._employee("外单位", self.other_agency, "staff")
        with self.assertRaises(ValidationError):
            self._room("503", 9.0, self.municipal, stranger)

    def test_standard_on_rank_grade_refused(self):
        """Standards are set per post level, never on a rank grade."""
        with self.assertRaises(ValidationError):
            self.env["affairs.area.standard"].create(
                {
                    "organ_level": "municipal",
                    "rank_id": self._rank("grade_researcher_1").id,
                    "area": 20,
                }
            )
