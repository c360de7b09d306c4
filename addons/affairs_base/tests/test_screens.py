# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What the suite's users see: menus, kanban columns, search filters, labels."""

from lxml import etree

from odoo.tests import Form, tagged

from .common import AffairsCommon

ACTIVITY_FILTERS = (
    "filter_activities_my",
    "activities_overdue",
    "activities_today",
    "activities_upcoming_all",
)


@tagged("post_install", "-at_install")
class TestScreensAllAddons(AffairsCommon):
    """Checks over every installed addon of the suite."""

    def _suite_models(self):
        return [
            name
            for name in self.env.registry.models
            if name.startswith("affairs.")
            and not self.env[name]._abstract
            and not self.env[name]._transient
        ]

    def test_activity_menu_filters_on_every_search_view(self):
        """The activity menu's "today / late / my activities" open a filtered list:
        every request search view has the filters it sets by default."""
        checked = 0
        for name in self._suite_models():
            model = self.env[name]
            if "my_activity_date_deadline" not in model._fields:
                continue
            arch = etree.fromstring(model.get_view(view_type="search")["arch"])
            names = {node.get("name") for node in arch.iter("filter")}
            for filter_name in ACTIVITY_FILTERS:
                self.assertIn(
                    filter_name, names, f"{name}: search view lacks {filter_name}"
                )
            checked += 1
        self.assertGreater(checked, 0)

    def test_kanban_columns_in_workflow_order(self):
        """Kanban columns grouped by status follow the workflow, not the codes'
        alphabet, and show the open steps even when empty."""
        checked = 0
        for name in self._suite_models():
            model = self.env[name]
            state = model._fields.get("state")
            if not state or state.type != "selection" or not state.group_expand:
                continue
            groups = model.with_context(read_group_expand=True).web_read_group(
                [], ["state"], ["__count"]
            )["groups"]
            values = [group["state"] for group in groups]
            order = state.get_values(self.env)
            self.assertEqual(values, sorted(values, key=order.index), name)
            self.assertTrue(values, name)
            checked += 1
        self.assertGreaterEqual(checked, 1)

    def test_no_date_widget_on_datetime(self):
        """No "widget date doesn't support datetime" warning on the suite's views."""
        checked = 0
        for name in self._suite_models():
            model = self.env[name]
            for view_type in ("list", "form", "kanban"):
                try:
                    arch = etree.fromstring(model.get_view(view_type=view_type)["arch"])
                except Exception:  # noqa: BLE001 - the model has no such view
                    continue
                for node in arch.iter("field"):
                    field = model._fields.get(node.get("name"))
                    if field and node.get("widget") == "date":
                        self.assertEqual(
                            field.type, "date", f"{name} {view_type} {field.name}"
                        )
                checked += 1
        self.assertGreater(checked, 0)

    def test_settings_menu_for_administrators_only(self):
        """The manager does not meet the settings screen he may not open."""
        menu = self.env.ref("affairs_base.res_config_settings_menu")
        visible = self.env["ir.ui.menu"].with_user(self.manager)._visible_menu_ids()
        self.assertNotIn(menu.id, visible)
        self.assertIn(menu.id, self.env["ir.ui.menu"]._visible_menu_ids())

    # Registers and requests a bureau browses as cards, sums in a pivot and
    # charts in a graph (issue 11, point 18), whichever addon brings them.
    ANALYSIS_VIEWS = {
        "affairs_property.affairs_building_action": ("kanban", "pivot", "graph"),
        "affairs_property.hr_department_action_affairs_compliance": ("kanban",),
        "affairs_property.affairs_room_assignment_action": ("kanban", "pivot", "graph"),
        "affairs_property.affairs_space_request_action": ("kanban", "pivot", "graph"),
        "affairs_property.affairs_asset_transfer_action": ("kanban", "pivot", "graph"),
        "affairs_property.affairs_asset_inventory_action": ("kanban", "pivot", "graph"),
        "affairs_property.affairs_asset_disposal_action": ("kanban", "pivot", "graph"),
        "affairs_property.affairs_lease_action": (
            "kanban",
            "calendar",
            "pivot",
            "graph",
        ),
        "affairs_property.affairs_lease_action_expiry": ("calendar",),
        "affairs_procurement.affairs_procurement_plan_action": (
            "kanban",
            "pivot",
            "graph",
        ),
        "affairs_procurement.affairs_procurement_bid_action": (
            "kanban",
            "pivot",
            "graph",
        ),
        "affairs_procurement.affairs_procurement_expert_action": (
            "kanban",
            "pivot",
            "graph",
        ),
    }

    def _load_action_views(self, action, user):
        """Load the action's views and their records as the web client does."""
        model = self.env[action.res_model].with_user(user)
        modes = action.view_mode.split(",")
        bound = {view.view_mode: view.view_id.id for view in action.view_ids}
        if action.view_id:
            bound.setdefault(action.view_id.type, action.view_id.id)
        views = model.get_views(
            [(bound.get(mode, False), mode) for mode in modes]
            + [(action.search_view_id.id, "search")]
        )
        for mode in ("kanban", "list", "calendar"):
            if mode not in modes:
                continue
            arch = etree.fromstring(views["views"][mode]["arch"])
            spec = {}
            for node in arch.iter("field"):
                field = model._fields[node.get("name")]
                relational = field.type in ("many2one", "one2many", "many2many")
                spec[field.name] = (
                    {"fields": {"display_name": {}}} if relational else {}
                )
            model.web_search_read([], spec, limit=20)

    def test_registers_offer_kanban_pivot_graph_for_every_role(self):
        """Each register opens as cards (the phone's view too), pivot and
        graph, and every role allowed to read it loads them without error."""
        checked = 0
        for xmlid, wanted in self.ANALYSIS_VIEWS.items():
            action = self.env.ref(xmlid, raise_if_not_found=False)
            if not action:  # the addon of this register is not installed
                continue
            modes = action.view_mode.split(",")
            for mode in wanted:
                self.assertIn(mode, modes, xmlid)
            for user in (self.user_a, self.officer, self.manager):
                if self.env[action.res_model].with_user(user).has_access("read"):
                    self._load_action_views(action, user)
            checked += 1
        self.assertGreater(checked, 0)
        expiry = self.env.ref(
            "affairs_property.affairs_lease_action_expiry", raise_if_not_found=False
        )
        if expiry:
            arch = etree.fromstring(
                self.env["affairs.lease"].get_view(expiry.view_id.id, "calendar")[
                    "arch"
                ]
            )
            self.assertEqual(
                arch.get("date_start"), "date_end", "leases show on the day they end"
            )


@tagged("at_install", "-post_install")
class TestServiceRequestScreens(AffairsCommon):
    def test_service_request_kanban_order(self):
        """Service requests: draft, waiting approval, to accept, in progress, done."""
        self._request()
        groups = (
            self.env["affairs.service.request"]
            .with_context(read_group_expand=True)
            .web_read_group([], ["state"], ["__count"])["groups"]
        )
        values = [group["state"] for group in groups]
        self.assertEqual(
            [value for value in values if value not in ("rejected", "cancel")],
            ["draft", "submitted", "approved", "in_progress", "done"],
        )

    def test_service_request_activities_closed(self):
        """Accepting, closing and rating a service request leave nobody an open activity."""
        request = self._request()
        request.with_user(self.user_a).action_submit()
        self.assertTrue(request.activity_ids, "the handlers are told to accept it")
        request.with_user(self.officer).action_accept()
        self.assertFalse(
            request.activity_ids, "accepted: no one else is told to accept it"
        )
        request.with_user(self.officer).action_done()
        self.assertEqual(
            request.activity_ids.user_id, self.user_a, "the requester rates it"
        )
        request.with_user(self.user_a).action_rate(5)
        self.assertFalse(request.activity_ids)

    def test_one_approval_activity_per_step(self):
        """A step reviewed by a group gives one approval activity, not one per member."""
        request = self._request(
            category_id=self.category_meeting.id, estimated_cost=100
        )
        request.with_user(self.user_a).action_submit()
        self.assertEqual(request.state, "submitted")
        activity_type = self.env.ref("affairs_base.mail_activity_type_affairs_approval")
        approvals = request.activity_ids.filtered(
            lambda a: a.activity_type_id == activity_type
        )
        pending = request.review_ids.filtered(lambda review: review.status == "pending")
        self.assertEqual(len(approvals), len(pending))
        self.assertLessEqual(len(approvals.user_id), len(pending))
        self.assertTrue(approvals.user_id <= pending.reviewer_ids)

    def test_amounts_in_messages_use_the_currency(self):
        """The cost-cap refusal shows amounts with the currency, not raw floats."""
        request = self._request(
            category_id=self.category_meeting.id, estimated_cost=25000
        )
        with self.assertRaises(Exception) as error:
            request.with_user(self.user_a).action_submit()
        message = str(error.exception)
        self.assertNotIn("25000.00", message)
        self.assertIn(self.env.company.currency_id.symbol, message)
        self.assertIn("25,000.00", message)

    def test_new_request_form(self):
        """The cadre's form opens and saves (no field they cannot read)."""
        with Form(self.env["affairs.service.request"].with_user(self.user_a)) as form:
            form.title = "Lamp"
            form.category_id = self.category_repair
        self.assertTrue(form.record.id)
