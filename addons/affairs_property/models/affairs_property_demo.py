# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import logging

from dateutil.relativedelta import relativedelta

from odoo import Command, api, fields, models

_logger = logging.getLogger(__name__)


class AffairsAsset(models.Model):
    """Demo workflows of the compound, run by the demo data only."""

    _inherit = "affairs.asset"

    @api.model
    def _affairs_demo_load(self):
        self = self._affairs_in_user_lang()
        officer = self.env.ref("affairs_base.user_officer")
        # Approvers: a second officer (the first files the requests) and the manager.
        manager = self.env.ref("affairs_property.user_property_officer") | self.env.ref(
            "affairs_base.user_manager"
        )
        has_chart = bool(
            self.env["account.journal"].search(
                [("type", "=", "sale"), ("company_id", "=", self.env.company.id)],
                limit=1,
            )
        )
        if has_chart:
            self._affairs_demo_accounting()
        else:
            _logger.info(
                "No chart of accounts: demo assets are not booked, leases not invoiced."
            )
        self._affairs_demo_space_requests(officer, manager)
        self._affairs_demo_repairs(officer, manager)
        self._affairs_demo_inventory(officer, manager)
        self._affairs_demo_transfers_disposals(officer, manager)
        self._affairs_demo_leases(officer, manager, has_chart)

    @api.model
    def _affairs_demo_approve(self, records, approvers):
        for record in records:
            for user in approvers:
                if record.state == "submitted" and record.with_user(user).can_review:
                    record.with_user(user).action_approve()

    @api.model
    def _affairs_demo_accounting(self):
        categories = self.env["affairs.asset.category"].search([])
        categories.action_create_asset_profiles()
        # Profiles write on account.account: flush inside the demo savepoint.
        self.env.flush_all()
        assets = self.env["affairs.asset"].search([("account_asset_id", "=", False)])
        assets._affairs_create_account_assets()

    @api.model
    def _affairs_demo_space_requests(self, officer, manager):
        Room = self.env["affairs.room"]
        free = Room.search([("state", "=", "free"), ("usage", "=", "office")], limit=4)
        finance = self.env.ref("affairs_base.agency_finance")
        Request = self.env["affairs.space.request"].with_user(officer)
        head = self.env.ref("affairs_base.employee_finance_head")
        seated = Room.search([("occupant_ids", "in", head.ids)])
        done, waiting, draft = Request.create(
            [
                {
                    "request_type": "vacate",
                    "agency_id": finance.id,
                    "reason": "局长办公室超标，腾退原办公室",
                    "line_ids": [
                        Command.create({"room_id": room.id}) for room in seated
                    ],
                },
                {
                    "request_type": "allocate",
                    "agency_id": finance.id,
                    "reason": "新设政府采购监督科，申请配置办公室",
                    "line_ids": [Command.create({"room_id": free[1].id})],
                },
                {
                    "request_type": "allocate",
                    "agency_id": self.env.ref("affairs_base.agency_ndrc").id,
                    "reason": "新增编制人员，申请配置办公室",
                    "line_ids": [Command.create({"room_id": free[2].id})],
                },
            ]
        )
        (done | waiting).with_user(manager[-1]).action_affairs_grant_exception(
            "property_office_over_standard", "腾退或新设科室，人员待定"
        )
        (done | waiting).with_user(officer).action_submit()
        self._affairs_demo_approve(done, manager)
        done.with_user(officer).action_done()
        room = free[0]
        room.write({"agency_id": finance.id, "occupant_ids": [Command.set(head.ids)]})

    @api.model
    def _affairs_demo_repairs(self, officer, manager):
        building = self.env.ref("affairs_property.building_b3")
        rooms = self.env["affairs.room"].search(
            [("building_id", "=", building.id), ("state", "=", "free")], limit=3
        )
        Repair = self.env["affairs.repair"].with_user(officer)
        running, waiting = Repair.create(
            [
                {
                    "title": "附楼三层卫生间改造",
                    "building_id": building.id,
                    "room_ids": [Command.set(rooms[:2].ids)],
                    "repair_type": "medium",
                    "description": "<p>更换给排水管道和洁具。</p>",
                    "budget": 180000,
                },
                {
                    "title": "附楼屋面防水",
                    "building_id": building.id,
                    "repair_type": "routine",
                    "budget": 45000,
                },
            ]
        )
        (running | waiting).action_submit()
        self._affairs_demo_approve(running, manager)
        running.with_user(officer).action_start()

    @api.model
    def _affairs_demo_inventory(self, officer, manager):
        agency = self.env.ref("affairs_base.agency_education")
        inventory = (
            self.env["affairs.asset.inventory"]
            .with_user(officer)
            .create(
                {
                    "agency_id": agency.id,
                    "date": fields.Date.today() - relativedelta(months=1),
                }
            )
        )
        inventory.action_generate_lines()
        lines = inventory.line_ids
        lines.write({"counted_qty": 1})
        lines.filtered(lambda line: line.expected_qty > 1).write({"counted_qty": 2})
        lines[:1].counted_qty = 0
        inventory.line_ids = [
            Command.create(
                {
                    "name": "移动硬盘",
                    "category_id": self.env.ref(
                        "affairs_property.asset_category_a02_1"
                    ).id,
                    "counted_qty": 2,
                    "unit_value": 600,
                }
            )
        ]
        inventory.with_user(officer).action_submit()
        self._affairs_demo_approve(inventory, manager)
        self.env["affairs.asset.inventory"].with_user(officer).create(
            {"agency_id": self.env.ref("affairs_base.agency_cppcc").id}
        ).action_generate_lines()

    @api.model
    def _affairs_demo_transfers_disposals(self, officer, manager):
        Asset = self.env["affairs.asset"]
        gov = self.env.ref("affairs_base.agency_gov_office")
        congress = self.env.ref("affairs_base.agency_congress")
        desks = Asset.search(
            [("agency_id", "=", gov.id), ("name", "=", "办公桌")], limit=2
        )
        Transfer = self.env["affairs.asset.transfer"].with_user(officer)
        to_warehouse = Transfer.create(
            {
                "transfer_type": "to_warehouse",
                "from_agency_id": gov.id,
                "asset_ids": [Command.set(desks.ids)],
                "reason": "机构改革后闲置，交回公物仓",
            }
        )
        to_warehouse.action_submit()
        self._affairs_demo_approve(to_warehouse, manager)
        to_warehouse.action_done()
        from_warehouse = Transfer.create(
            {
                "transfer_type": "from_warehouse",
                "to_agency_id": congress.id,
                "asset_ids": [Command.set(desks[:1].ids)],
                "reason": "公物仓调剂",
            }
        )
        from_warehouse.action_submit()
        old = Asset.search(
            [("name", "=", "台式计算机"), ("acquisition_date", "<", "2017-01-01")],
            limit=3,
        )
        disposal = (
            self.env["affairs.asset.disposal"]
            .with_user(officer)
            .create(
                {
                    "disposal_type": "scrap",
                    "asset_ids": [Command.set(old.ids)],
                    "reason": "超过最低使用年限且无法修复",
                }
            )
        )
        disposal.action_submit()
        self._affairs_demo_approve(disposal, manager)
        disposal.action_done()

    @api.model
    def _affairs_demo_leases(self, officer, manager, has_chart):
        Partner = self.env["res.partner"]
        shop_tenant, parking_tenant = Partner.create(
            [
                {"name": "机关便利店有限公司", "is_company": True},
                {"name": "市邮政分公司", "is_company": True},
            ]
        )
        affairs = self.env.ref("affairs_base.agency_affairs")
        start = fields.Date.today().replace(day=1) - relativedelta(months=7)
        Lease = self.env["affairs.lease"].with_user(officer)
        leases = Lease.create(
            [
                {
                    "object_type": "storefront",
                    "room_id": self.env.ref("affairs_property.room_b3_shop1").id,
                    "partner_id": shop_tenant.id,
                    "agency_id": affairs.id,
                    "date_start": start,
                    "date_end": start + relativedelta(years=3, days=-1),
                    "rent": 4500,
                    "period": "month",
                },
                {
                    "object_type": "parking",
                    "asset_id": self.env.ref("affairs_property.asset_parking_01").id,
                    "partner_id": parking_tenant.id,
                    "agency_id": affairs.id,
                    "date_start": start,
                    "date_end": start + relativedelta(years=1, days=-1),
                    "rent": 1800,
                    "period": "quarter",
                },
                {
                    "object_type": "parking",
                    "lease_kind": "lend",
                    "asset_id": self.env.ref("affairs_property.asset_parking_02").id,
                    "partner_id": parking_tenant.id,
                    "agency_id": affairs.id,
                    "date_start": start,
                    "date_end": start + relativedelta(years=1, days=-1),
                    "rent": 0,
                },
            ]
        )
        leases.action_submit()
        self._affairs_demo_approve(leases, manager)
        leases.with_user(officer).action_start()
        if has_chart:
            leases.action_invoice_due()
