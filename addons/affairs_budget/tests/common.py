# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import Command

from odoo.addons.account.tests.common import AccountTestInvoicingCommon
from odoo.addons.affairs_base.tests.common import (
    AffairsCommon,
    ensure_chart_of_accounts,
)


class BudgetCommon(AccountTestInvoicingCommon, AffairsCommon):
    """AffairsCommon's agencies with approved budgets, accounting and a travel
    agency."""

    @classmethod
    def collect_company_accounting_data(cls, company):
        ensure_chart_of_accounts(cls.env, company)
        return super().collect_company_accounting_data(company)

    @classmethod
    def get_default_groups(cls):
        # The accounting fixture runs as an accountant: let it also set up
        # agencies and employees (hr) and act as an affairs manager.
        return (
            super().get_default_groups()
            | cls.env.ref("hr.group_hr_manager")
            | cls.env.ref("affairs_base.group_affairs_manager")
        )

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.year = date.today().year
        # Agencies, cadres, officers and managers come from AffairsCommon.
        cls.cadre_a = cls.user_a
        for user in cls.user_a | cls.officer | cls.manager | cls.manager_2:
            user.company_ids = [Command.link(env.company.id)]
            user.company_id = env.company
        cls.officer.group_ids = [
            Command.link(env.ref("account.group_account_invoice").id)
        ]
        cls.travel_agency = env["res.partner"].create({"name": "Test Travel Agency"})
        cls.fund = env.ref("affairs_budget.fund_public")
        cls.cls_outbound = env.ref("affairs_budget.classification_30212")
        cls.cls_reception = env.ref("affairs_budget.classification_30217")
        cls.cls_running = env.ref("affairs_budget.classification_30231")
        cls.cls_purchase = env.ref("affairs_budget.classification_31013")
        cls.budget_a = cls._approved_budget(
            cls.agency_a,
            cls.year,
            {
                cls.cls_outbound: 100000,
                cls.cls_reception: 50000,
                cls.cls_running: 80000,
            },
        )
        cls.line_outbound = cls.budget_a.line_ids.filtered(
            lambda line: line.classification_id == cls.cls_outbound
        )
        cls.line_reception = cls.budget_a.line_ids.filtered(
            lambda line: line.classification_id == cls.cls_reception
        )

    @classmethod
    def _approved_budget(cls, agency, year, amounts):
        budget = (
            cls.env["affairs.budget"]
            .with_user(cls.officer)
            .create(
                {
                    "agency_id": agency.id,
                    "year": year,
                    "line_ids": [
                        Command.create(
                            {
                                "fund_id": cls.fund.id,
                                "classification_id": classification.id,
                                "initial_amount": amount,
                            }
                        )
                        for classification, amount in amounts.items()
                    ],
                }
            )
        )
        budget.action_submit()
        budget.with_user(cls.manager).action_approve()
        return budget

    @classmethod
    def _trip(cls, amount, agency=None, user=None, start=None):
        start = start or date(cls.year, 6, 1)
        # Requested by the fixture's user (who may read employees).
        return (
            cls.env["affairs.outbound.trip"]
            .with_user(user or cls.env.user)
            .create(
                {
                    "title": "Study visit",
                    "agency_id": (agency or cls.agency_a).id,
                    "destination": "Germany",
                    "date_start": start,
                    "date_end": start.replace(day=start.day + 5),
                    "vendor_id": cls.travel_agency.id,
                    "member_ids": [Command.set([cls.employee_a.id, cls.employee_b.id])],
                    "cost_line_ids": [
                        Command.create({"name": "Air tickets", "amount": amount * 0.6}),
                        Command.create(
                            {
                                "name": "Lodging",
                                "cost_type": "lodging",
                                "amount": amount * 0.4,
                            }
                        ),
                    ],
                }
            )
        )

    @classmethod
    def _approve(cls, record, manager=None):
        record.action_submit()
        record.with_user(manager or cls.manager).action_approve()
        return record

    @classmethod
    def _grant_budget_exception(cls, record, reason, manager=None):
        """A manager's exception letting ``record`` through over its budget."""
        return (
            cls.env["affairs.exception"]
            .with_user(manager or cls.manager)
            .create(
                {
                    "res_model": record._name,
                    "res_id": record.id,
                    "rule_code": "budget_overrun",
                    "name": "Over budget",
                    "reason": reason,
                }
            )
        )

    @classmethod
    def _post_bill(cls, agency, classification, amount, bill_date=None):
        move = cls.env["account.move"].create(
            {
                "move_type": "in_invoice",
                "partner_id": cls.travel_agency.id,
                "invoice_date": bill_date or date(cls.year, 7, 1),
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": "Cost",
                            "quantity": 1,
                            "price_unit": amount,
                            "tax_ids": [Command.clear()],
                            "analytic_distribution": (
                                agency._affairs_analytic_distribution()
                            ),
                            "affairs_budget_classification_id": classification.id,
                        }
                    )
                ],
            }
        )
        move.action_post()
        return move
