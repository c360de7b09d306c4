# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import SQL

ASSET_STATES = [
    ("in_use", "In Use"),
    ("idle", "Idle (Public Warehouse)"),
    ("leased", "Leased / Lent"),
    ("disposed", "Disposed"),
]


class AffairsAsset(models.Model):
    """A state-owned asset card (资产卡片) of an agency.

    Values and depreciation are kept by OCA ``account_asset_management``: a
    card of a depreciable class links to an ``account.asset`` whose profile
    carries the class's minimum depreciation life.
    """

    _name = "affairs.asset"
    _description = "State-owned Asset"
    _inherit = ["mail.thread", "mail.activity.mixin", "affairs.import.mixin"]
    _affairs_import_key = ("card_number",)
    _order = "card_number desc, id desc"
    _rec_names_search = ["card_number", "name"]
    _check_company_auto = True
    # A card may record an asset bought long before the suite existed.
    _affairs_historic_date_fields = ("acquisition_date",)

    card_number = fields.Char(
        string="Card No.",
        required=True,
        readonly=True,
        copy=False,
        default="/",
        index=True,
    )
    name = fields.Char(required=True, tracking=True)
    category_id = fields.Many2one(
        "affairs.asset.category",
        string="Asset Class",
        required=True,
        index=True,
        tracking=True,
    )
    model_spec = fields.Char(string="Model / Specification")
    quantity = fields.Integer(default=1, required=True)
    agency_id = fields.Many2one(
        "hr.department",
        string="Agency",
        index=True,
        tracking=True,
        domain=[("is_affairs_agency", "=", True)],
        help="Empty while the asset sits in the public warehouse.",
        check_company=True,
    )
    custodian_id = fields.Many2one(
        "hr.employee", string="Custodian", tracking=True, check_company=True
    )
    room_id = fields.Many2one(
        "affairs.room",
        string="Location",
        tracking=True,
        index="btree_not_null",
        check_company=True,
    )
    building_id = fields.Many2one(related="room_id.building_id", store=True)
    acquisition_date = fields.Date(required=True, tracking=True)
    acquisition_value = fields.Monetary(
        string="Original Value", required=True, tracking=True
    )
    acquisition_method = fields.Selection(
        [
            ("purchase", "Purchase (购置)"),
            ("transfer", "Transfer In (调拨)"),
            ("construction", "Construction (建设)"),
            ("donation", "Donation (接受捐赠)"),
            ("surplus", "Inventory Surplus (盘盈)"),
            ("other", "Other"),
        ],
        default="purchase",
        required=True,
    )
    funding_source = fields.Selection(
        [
            ("fiscal", "Fiscal Funds (财政拨款)"),
            ("non_fiscal", "Non-fiscal Funds (非财政拨款)"),
            ("donation", "Donation (捐赠)"),
            ("other", "Other"),
        ],
        default="fiscal",
        required=True,
    )
    state = fields.Selection(
        ASSET_STATES,
        default="in_use",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand=True,
    )
    disposal_date = fields.Date(readonly=True, copy=False)
    account_asset_id = fields.Many2one(
        "account.asset",
        string="Accounting Asset",
        copy=False,
        index="btree_not_null",
        check_company=True,
    )
    value_residual = fields.Monetary(
        string="Net Book Value", compute="_compute_values", compute_sudo=True
    )
    value_depreciated = fields.Monetary(
        string="Accumulated Depreciation", compute="_compute_values", compute_sudo=True
    )
    note = fields.Text()
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    active = fields.Boolean(default=True)

    _card_company_uniq = models.Constraint(
        "UNIQUE(card_number, company_id)", "The asset card number must be unique."
    )
    _value_positive = models.Constraint(
        "CHECK(acquisition_value >= 0)", "The original value cannot be negative."
    )
    _quantity_positive = models.Constraint(
        "CHECK(quantity > 0)", "The quantity of an asset card must be positive."
    )

    # Above this many cards created at once, depreciation boards are deferred.
    _affairs_board_batch = 200

    @api.model
    def _affairs_import_templates(self):
        return {
            "asset": (
                self.env._("Asset Cards"),
                [
                    "card_number",
                    "name",
                    "category_id",
                    "model_spec",
                    "quantity",
                    "acquisition_date",
                    "acquisition_value",
                    "acquisition_method",
                    "funding_source",
                    "agency_id",
                    "custodian_id",
                    "room_id",
                ],
            )
        }

    @api.depends("card_number", "name")
    def _compute_display_name(self):
        for asset in self:
            asset.display_name = f"[{asset.card_number}] {asset.name}"

    @api.depends(
        "acquisition_value",
        "account_asset_id.value_residual",
        "account_asset_id.value_depreciated",
    )
    def _compute_values(self):
        for asset in self:
            if asset.account_asset_id:
                asset.value_residual = asset.account_asset_id.value_residual
                asset.value_depreciated = asset.account_asset_id.value_depreciated
            else:
                asset.value_residual = asset.acquisition_value
                asset.value_depreciated = 0.0

    @api.constrains("custodian_id", "agency_id")
    def _check_custodian(self):
        for asset in self:
            if (
                asset.custodian_id
                and asset.custodian_id.affairs_agency_id != asset.agency_id
            ):
                raise ValidationError(
                    self.env._(
                        "Custodian %(person)s does not work for the agency of %(asset)s.",
                        person=asset.custodian_id.name,
                        asset=asset.display_name,
                    )
                )

    @api.constrains("state", "agency_id")
    def _check_agency(self):
        for asset in self:
            if asset.state in ("in_use", "leased") and not asset.agency_id:
                raise ValidationError(
                    self.env._("Asset %s in use needs an agency.", asset.name)
                )

    @api.model_create_multi
    def create(self, vals_list):
        unnumbered = [vals for vals in vals_list if vals.get("card_number", "/") == "/"]
        for vals, number in zip(
            unnumbered, self._affairs_next_card_numbers(len(unnumbered)), strict=True
        ):
            vals["card_number"] = number
        assets = super().create(vals_list)
        if not self.env.context.get("affairs_skip_account_asset"):
            assets._affairs_create_account_assets()
        return assets

    @api.model
    def _affairs_next_card_numbers(self, count):
        """``count`` card numbers from the card sequence in one query.

        A load of the register numbers 100,000 cards at once; drawing them
        one by one would cost two queries a card. Sequences with date ranges
        or without gaps keep the one-by-one drawing of ``next_by_code``.
        """
        if not count:
            return []
        Sequence = self.env["ir.sequence"]
        sequence = Sequence.search(
            [
                ("code", "=", "affairs.asset"),
                ("company_id", "in", [self.env.company.id, False]),
            ],
            order="company_id",
            limit=1,
        )
        if (
            not sequence
            or sequence.implementation != "standard"
            or sequence.use_date_range
        ):
            return [
                Sequence.next_by_code("affairs.asset") or "/" for _index in range(count)
            ]
        self.env.cr.execute(
            SQL(
                "SELECT nextval(%s) FROM generate_series(1, %s)",
                f"ir_sequence_{sequence.id:03d}",
                count,
            )
        )
        return [sequence.get_next_char(number) for (number,) in self.env.cr.fetchall()]

    @api.ondelete(at_uninstall=False)
    def _unlink_except_booked(self):
        if any(asset.account_asset_id for asset in self):
            raise UserError(
                self.env._("An asset booked in accounting is disposed of, not deleted.")
            )

    def action_create_account_asset(self):
        """Book the assets in accounting (account_asset_management)."""
        missing = self.filtered(lambda asset: not asset.account_asset_id)
        booked = missing._affairs_create_account_assets()
        if missing - booked:
            raise UserError(
                self.env._(
                    "Give the asset classes of %(assets)s an asset profile first "
                    "(Asset Classes > Create Asset Profiles).",
                    assets=", ".join((missing - booked).mapped("card_number")),
                )
            )
        return True

    def action_to_warehouse(self):
        """Shortcut: open a transfer returning the assets to the public warehouse."""
        return self._affairs_open_transfer("to_warehouse")

    def action_open_transfer(self):
        """Open a transfer of the selected assets to another agency."""
        return self._affairs_open_transfer("agency")

    def _affairs_open_transfer(self, transfer_type):
        agency = self.agency_id[:1]
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Asset Transfer"),
            "res_model": "affairs.asset.transfer",
            "view_mode": "form",
            "context": {
                "default_transfer_type": transfer_type,
                "default_from_agency_id": agency.id,
                "default_asset_ids": [fields.Command.set(self.ids)],
            },
        }

    def _affairs_create_account_assets(self):
        """Create and open one account.asset per card whose class has a profile.

        Done in batch: the accounting assets are created in one call and
        opened together. For a few cards (entered by hand) their lines, the
        depreciation base and the board, are computed at once; for a load
        (an import, more than ``_affairs_board_batch`` cards, or the context
        key ``affairs_defer_depreciation``) they are left to the cron
        ``_cron_compute_depreciation_boards``: a board costs some twenty
        times as much as loading its card.
        """
        cards = self.filtered(
            lambda asset: not asset.account_asset_id and asset.acquisition_value
        )
        vals_list, booked_ids = [], []
        for company in cards.company_id:
            company_cards = cards.filtered(
                lambda asset, company=company: asset.company_id == company
            )
            profiles = {
                category.id: category.asset_profile_id
                for category in company_cards.category_id.with_company(company)
            }
            for asset in company_cards:
                profile = profiles[asset.category_id.id]
                if not profile:
                    continue
                vals_list.append(asset._affairs_prepare_account_asset_vals(profile))
                booked_ids.append(asset.id)
        booked = self.browse(booked_ids)
        if not vals_list:
            return booked
        # sudo: cadres register assets; the accounting record is the bureau's.
        AccountAsset = (
            self.env["account.asset"]
            .sudo()
            .with_context(affairs_batch_asset_lines=True)
        )
        account_assets = AccountAsset.create(vals_list)
        booked._affairs_link_account_assets(account_assets)
        defer = (
            self.env.context.get("affairs_defer_depreciation")
            or self.env.context.get("import_file")
            or len(account_assets) > self._affairs_board_batch
        )
        if defer:
            account_assets._affairs_open_without_board()
            cron = self.env.ref(
                "affairs_property.ir_cron_affairs_asset_depreciation_board",
                raise_if_not_found=False,
            )
            if cron:
                # sudo: whoever loads the cards may not see the crons; the
                # trigger only asks the scheduler to run the board job soon.
                cron.sudo()._trigger()
        else:
            account_assets._affairs_create_first_lines()
            account_assets.validate()
        return booked

    def _affairs_link_account_assets(self, account_assets):
        """Set each card's accounting asset (``self[i]`` gets ``account_assets[i]``).

        One UPDATE for all cards: a write per card would cost a write call,
        its company check and its flush for each of 100,000 cards. The
        accounting assets were just created for these cards, in their company.
        """
        self.flush_recordset(["account_asset_id"])
        self.env.cr.execute(
            SQL(
                """UPDATE affairs_asset AS card SET account_asset_id = link.account_asset_id
                     FROM unnest(%s::int[], %s::int[]) AS link(card_id, account_asset_id)
                    WHERE card.id = link.card_id""",
                self.ids,
                account_assets.ids,
            )
        )
        self.invalidate_recordset(["account_asset_id"])
        self.modified(["account_asset_id"])

    @api.model
    def _affairs_board_pending_domain(self):
        """Cards whose open accounting asset has no depreciation board yet."""
        return [
            ("account_asset_id.state", "=", "open"),
            (
                "account_asset_id.depreciation_line_ids",
                "not any",
                [("type", "=", "depreciate")],
            ),
        ]

    def _affairs_compute_depreciation_boards(self):
        """Compute the depreciation boards of these cards' accounting assets."""
        # sudo: the board is the bureau's accounting record (see above).
        account_assets = (
            self.sudo()
            .account_asset_id.filtered(
                lambda account_asset: account_asset.state == "open"
            )
            .with_context(tracking_disable=True)
        )
        account_assets._affairs_create_first_lines()
        account_assets.compute_depreciation_board()
        return account_assets

    @api.model
    def _cron_compute_depreciation_boards(self, batch_size=200):
        """Compute the boards left by a load, ``batch_size`` cards a commit.

        Cards are taken in id order from the last one done, so a card whose
        board stays empty (nothing left to depreciate) is not taken again.
        """
        Cron = self.env["ir.cron"]
        domain = self._affairs_board_pending_domain()
        last_id = 0
        while True:
            cards = self.with_context(active_test=False).search(
                Domain.AND([domain, [("id", ">", last_id)]]),
                order="id",
                limit=batch_size,
            )
            if not cards:
                return
            cards._affairs_compute_depreciation_boards()
            last_id = cards[-1].id
            remaining = self.with_context(active_test=False).search_count(
                Domain.AND([domain, [("id", ">", last_id)]])
            )
            if Cron._commit_progress(len(cards), remaining=remaining) <= 0:
                return

    def _affairs_remove_account_assets(self, date):
        """Post the removal entry of each booked asset (OCA removal wizard).

        The net book value goes to the profile's residual value account
        (disposal expense); depreciation not yet posted is not caught up.
        """
        # A card loaded in bulk may still wait for its board (see above).
        # sudo: the bureau disposing of the card may not compute accounting boards.
        self.sudo().filtered_domain(
            self._affairs_board_pending_domain()
        )._affairs_compute_depreciation_boards()
        # sudo: the disposal is booked by the bureau, not by an accountant.
        account_assets = self.sudo().account_asset_id.filtered(
            lambda account_asset: account_asset.state == "open"
        )
        for account_asset in account_assets:
            residual_account = account_asset.profile_id.account_residual_value_id
            # sudo: the removal wizard is accounting's; the bureau books the disposal.
            wizard = (
                self.env["account.asset.remove"]
                .sudo()
                .with_context(active_id=account_asset.id, active_ids=account_asset.ids)
                .create(
                    {
                        "date_remove": max(date, account_asset.date_start),
                        "posting_regime": "residual_value",
                        "account_residual_value_id": residual_account.id,
                    }
                )
            )
            wizard.remove()

    def _affairs_prepare_account_asset_vals(self, profile):
        self.ensure_one()
        return {
            "name": self.name,
            "code": self.card_number,
            "profile_id": profile.id,
            "purchase_value": self.acquisition_value,
            "date_start": self.acquisition_date,
            "company_id": self.company_id.id,
            "analytic_distribution": (
                self.agency_id._affairs_analytic_distribution()
                if self.agency_id
                else False
            ),
        }

    def _affairs_qr_url(self):
        """What the label's QR code holds: the link to the asset card."""
        self.ensure_one()
        base_url = self.get_base_url()
        return f"{base_url}/odoo/affairs-assets/{self.id}"

    def _affairs_qr_data_uri(self):
        """The QR code as an inline PNG (no HTTP fetch while printing)."""
        self.ensure_one()
        png = self.env["ir.actions.report"].barcode(
            "QR", self._affairs_qr_url(), width=180, height=180, quiet=False
        )
        return "data:image/png;base64," + base64.b64encode(png).decode()
