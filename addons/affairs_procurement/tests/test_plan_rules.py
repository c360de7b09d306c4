# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command

from .common import ProcurementCommon


class TestPlanRules(ProcurementCommon):
    """Items approved one by one, splitting judged on the year's items of one
    procurement item, SME reservation judged on the agency's yearly total."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.computers, cls.furniture = cls.env["product.category"].create(
            [{"name": "A02010104 台式计算机"}, {"name": "A05010100 办公家具"}]
        )

    def _plan(self, items, agency=None, user=None):
        return (
            self.env["affairs.procurement.plan"]
            .with_user(user or self.cadre)
            .create(
                {
                    "agency_id": (agency or self.agency).id,
                    "year": 2026,
                    "line_ids": [
                        Command.create(
                            {"kind": "goods", "expected_month": "9", **values}
                        )
                        for values in items
                    ],
                }
            )
        )

    # ------------------------------------------------------------------
    # Items approved one by one
    # ------------------------------------------------------------------
    def test_items_approved_one_by_one(self):
        plan = self._plan(
            [
                {"name": "Desktops", "budget_amount": 800000.0},
                {"name": "Sofas", "budget_amount": 300000.0},
            ]
        )
        desktops, sofas = plan.line_ids
        with self.assertRaisesRegex(UserError, "not waiting for approval"):
            desktops.with_user(self.manager).action_approve_item()
        plan.with_user(self.cadre).action_submit()
        self.assertEqual(desktops.state, "submitted")
        # Neither the requester nor an executor decides on an item.
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            desktops.with_user(self.cadre).action_approve_item()
        with self.assertRaises(UserError):
            desktops.with_user(self.executor).action_approve_item()
        with self.assertRaisesRegex(UserError, "through their actions"):
            desktops.with_user(self.manager).write({"decision": "approved"})
        desktops.with_user(self.manager).action_approve_item()
        self.assertEqual(desktops.state, "approved")
        self.assertEqual(sofas.state, "submitted")
        self.assertEqual(plan.state, "submitted")
        # The approved item is bought before the rest of the plan is decided.
        desktops.with_user(self.executor).action_create_project()
        self.assertEqual(len(desktops.project_ids), 1)
        with self.assertRaises(UserError):
            sofas.with_user(self.executor).action_create_project()
        # A rejection gives its reason.
        with self.assertRaisesRegex(UserError, "decision note"):
            sofas.with_user(self.manager).action_reject_item()
        with self.assertRaisesRegex(UserError, "Separation of duties"):
            sofas.with_user(self.cadre).write({"decision_note": "Mine"})
        sofas.with_user(self.manager).decision_note = "Existing sofas suffice"
        sofas.with_user(self.manager).action_reject_item()
        self.assertEqual(sofas.state, "rejected")
        plan.with_user(self.manager).action_approve()
        self.assertEqual(plan.state, "approved")
        self.assertEqual(desktops.state, "approved")
        self.assertEqual(sofas.state, "rejected")
        with self.assertRaisesRegex(UserError, "approved plan"):
            sofas.with_user(self.executor).action_create_project()

    def test_whole_plan_approval_approves_undecided_items(self):
        plan = self._plan(
            [
                {"name": "Desktops", "budget_amount": 800000.0},
                {"name": "Sofas", "budget_amount": 300000.0},
            ]
        )
        plan.with_user(self.cadre).action_submit()
        plan.with_user(self.manager).action_approve()
        self.assertEqual(set(plan.line_ids.mapped("state")), {"approved"})

    # ------------------------------------------------------------------
    # 化整为零: the year's items of one procurement item judged together
    # ------------------------------------------------------------------
    def test_split_purchase_caught(self):
        """Two items of 1.2 million of the same procurement item add up to
        2.4 million, above the 2 million open-tender threshold: each is
        bought by open tender; an item of another procurement item is not."""
        first = self._plan(
            [
                {
                    "name": "Desktops (first half)",
                    "budget_amount": 1200000.0,
                    "categ_id": self.computers.id,
                }
            ]
        )
        second = self._plan(
            [
                {
                    "name": "Desktops (second half)",
                    "budget_amount": 1200000.0,
                    "categ_id": self.computers.id,
                },
                {
                    "name": "Desks",
                    "budget_amount": 1200000.0,
                    "categ_id": self.furniture.id,
                },
            ]
        )
        for plan in first | second:
            plan.with_user(self.cadre).action_submit()
            plan.with_user(self.manager).action_approve()
        halves = (first | second).line_ids.filtered(
            lambda line: line.categ_id == self.computers
        )
        desks = second.line_ids - halves
        self.assertEqual(halves.mapped("catalogue_year_amount"), [2400000.0] * 2)
        self.assertEqual(desks.catalogue_year_amount, 1200000.0)
        halves[1].with_user(self.executor).action_create_project()
        project = halves[1].project_ids
        self.assertEqual(project.method, "open_tender")
        with self.assertRaisesRegex(ValidationError, "化整为零"):
            project.with_user(self.executor).write(
                {"method": "inquiry", "method_reason": "Below the threshold alone"}
            )
        # Another procurement item of the same size stays below the threshold.
        desks.with_user(self.executor).action_create_project()
        self.assertEqual(desks.project_ids.method, "inquiry")

    # ------------------------------------------------------------------
    # 预留份额: judged on the agency's yearly total
    # ------------------------------------------------------------------
    def test_sme_reservation_proposed_from_rules(self):
        """Up to 2 million (goods) all is reserved, above it 30%; works above
        4 million 40%; small and micro enterprises get 60% of it."""
        plan = self._plan(
            [
                {"name": "Desktops", "budget_amount": 1500000.0},
                {"name": "Servers", "budget_amount": 3000000.0},
                {"name": "Annex", "budget_amount": 5000000.0, "kind": "works"},
                {
                    "name": "Satellite link",
                    "budget_amount": 900000.0,
                    "sme_suitable": False,
                    "sme_exemption_reason": "Only large operators hold the licence",
                },
            ]
        )
        desktops, servers, annex, link = plan.line_ids
        self.assertEqual(desktops.sme_reserved_amount, 1500000.0)
        self.assertEqual(servers.sme_reserved_amount, 900000.0)
        self.assertEqual(annex.sme_reserved_amount, 2000000.0)
        self.assertEqual(link.sme_reserved_amount, 0.0)
        self.assertEqual(servers.sme_micro_amount, 540000.0)

    def test_sme_reservation_yearly_total(self):
        """The agency may reserve more on one item and less on another; its
        year's total must reach what the items need added up (2.4 million)."""
        plan = self._plan(
            [
                {"name": "Desktops", "budget_amount": 1500000.0},
                {"name": "Servers", "budget_amount": 3000000.0},
            ]
        )
        desktops, servers = plan.line_ids
        # Below: 1.0 + 1.3 = 2.3 million.
        desktops.write({"sme_reserved_amount": 1000000.0, "sme_micro_amount": 600000.0})
        servers.write({"sme_reserved_amount": 1300000.0, "sme_micro_amount": 780000.0})
        with self.assertRaisesRegex(UserError, "预留份额"):
            plan.with_user(self.cadre).action_submit()
        # Small and micro below 60% of the reservation (1.38 of 2.4 million).
        servers.write({"sme_reserved_amount": 1400000.0, "sme_micro_amount": 780000.0})
        with self.assertRaisesRegex(UserError, "small and micro"):
            plan.with_user(self.cadre).action_submit()
        # At the line: 1.0 + 1.4 = 2.4 million, 0.6 + 0.84 = 1.44 million.
        servers.sme_micro_amount = 840000.0
        plan.with_user(self.cadre).action_submit()
        self.assertEqual(plan.state, "submitted")

    def test_sme_reservation_counts_the_agency_year(self):
        """A later plan of the same agency and year is judged with the first:
        its shortfall is made up by a larger reservation already planned."""
        first = self._plan([{"name": "Desktops", "budget_amount": 3000000.0}])
        first.line_ids.write(
            {"sme_reserved_amount": 1500000.0, "sme_micro_amount": 900000.0}
        )
        first.with_user(self.cadre).action_submit()
        second = self._plan([{"name": "Servers", "budget_amount": 3000000.0}])
        second.line_ids.write(
            {"sme_reserved_amount": 300000.0, "sme_micro_amount": 180000.0}
        )
        second.with_user(self.cadre).action_submit()
        self.assertEqual(second.state, "submitted")
        # Another agency's reservation does not make up for it.
        other = self._plan(
            [{"name": "Servers", "budget_amount": 3000000.0}],
            agency=self.other_agency,
            user=self.other_cadre,
        )
        other.line_ids.write(
            {"sme_reserved_amount": 300000.0, "sme_micro_amount": 180000.0}
        )
        with self.assertRaisesRegex(UserError, "预留份额"):
            other.with_user(self.other_cadre).action_submit()

    def test_sme_exemption_needs_a_ground(self):
        plan = self._plan(
            [{"name": "Link", "budget_amount": 900000.0, "sme_suitable": False}]
        )
        with self.assertRaisesRegex(UserError, "cannot be reserved"):
            plan.with_user(self.cadre).action_submit()
        with self.assertRaises(ValidationError):
            plan.line_ids.sme_reserved_amount = 1000000.0
