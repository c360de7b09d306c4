# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import logging
import re

from odoo.tests import tagged
from odoo.tools import html2plaintext

from .role_tours import AffairsRoleTourCase

_logger = logging.getLogger(__name__)


@tagged("post_install", "-at_install")
class TestRoleTours(AffairsRoleTourCase):
    """Each role's day from login, in Chinese, with the demo users.

    All roles in one class: Chinese is loaded once for all of them. A role
    whose addon is not installed has no demo user, and nothing to tour.
    """

    def _tour(self, user_xmlid, tour, module=None):
        module = module or user_xmlid.split(".")[0]
        if self.env["ir.module.module"]._get(module).state != "installed":
            # The role belongs to an addon this database does not have.
            _logger.info("%s: %s not installed, no tour", tour, module)
            return
        # The addon is there: its demo user must be too, or the tour would
        # pass without having run.
        self.assertTrue(
            self.env.ref(user_xmlid, raise_if_not_found=False),
            f"{tour}: the demo user {user_xmlid} is missing; the role tours "
            "run on the demo data (install with --with-demo)",
        )
        self._start_role_tour(user_xmlid, tour)

    def test_demo_users_present(self):
        """Without the demo users every role tour would have nothing to run."""
        for xmlid in (
            "affairs_base.user_cadre",
            "affairs_base.user_officer",
            "affairs_base.user_manager",
        ):
            self.assertTrue(
                self.env.ref(xmlid, raise_if_not_found=False),
                f"demo user {xmlid} missing: the role tours need the demo data",
            )

    def test_cadre_day(self):
        """The cadre lands on their requests, a new request, then vehicle and
        space requests where those addons are installed."""
        self._tour("affairs_base.user_cadre", "affairs_role_cadre")
        self._tour(
            "affairs_base.user_cadre", "affairs_role_cadre_fleet", "affairs_fleet"
        )
        self._tour(
            "affairs_base.user_cadre", "affairs_role_cadre_property", "affairs_property"
        )

    def test_phone_day(self):
        """On a phone (390×844) the manager's forms keep 新建 on one line beside
        the pager, and the compliance register shows its key figures."""
        self.browser_size = "390x844"
        self.touch_enabled = True
        # The manager opens the newest request, filed in Chinese as a cadre
        # files it: the demo's own were created by an install in English, and
        # their chatter says so.
        cadre = self.env.ref("affairs_base.user_cadre", raise_if_not_found=False)
        if cadre:
            self.env["affairs.service.request"].with_user(cadre).with_context(
                lang="zh_CN"
            ).create(
                {
                    "title": "会议室空调不制冷",
                    "category_id": self.env.ref(
                        "affairs_base.service_category_repair"
                    ).id,
                }
            )
        self._tour("affairs_base.user_manager", "affairs_role_phone_form")
        self._tour(
            "affairs_property.user_property_officer",
            "affairs_role_phone_compliance",
            "affairs_property",
        )

    def test_manager_day(self):
        """The manager lands on what waits for their approval."""
        self._tour("affairs_base.user_manager", "affairs_role_manager")

    def test_dispatcher_day(self):
        """The dispatcher lands on the board, then drivers and vehicles."""
        self._tour(
            "affairs_base.user_officer", "affairs_role_dispatcher", "affairs_fleet"
        )

    def test_property_officer_day(self):
        """The property officer lands on compliance, then rooms and assets."""
        self._tour(
            "affairs_property.user_property_officer", "affairs_role_property_officer"
        )

    def test_procurement_executor_day(self):
        """The executor lands on the projects, then the plans."""
        self._tour("affairs_procurement.user_procurement", "affairs_role_procurement")

    def test_expert_day(self):
        """The expert lands on scoring."""
        self._tour("affairs_procurement.user_expert", "affairs_role_expert")

    def test_reception_officer_day(self):
        """The reception officer opens the receptions and a new one."""
        self._tour(
            "affairs_base.user_officer",
            "affairs_role_reception_officer",
            "affairs_reception",
        )

    def test_creation_messages_in_chinese(self):
        """Data loaded in a Chinese database (no context language, as module
        demo data loads) logs "<单据> 创建", never "Official Reception 创建",
        even before the module's own terms are loaded."""
        env = self.env(context={})
        env.user.lang = "zh_CN"
        models = [
            name
            for name, model in env.registry.items()
            if name.startswith("affairs.")
            and not model._abstract
            and not model._transient
            and "message_ids" in model._fields
        ]
        self.assertTrue(models)
        # A module whose terms are not loaded yet: its model names come from
        # its .po file.
        room = env["ir.model"]._get(models[0])
        room.with_context(lang="zh_CN").name = room.with_context(lang="en_US").name
        for name in models:
            message = str(env[name].new({})._creation_message())
            self.assertFalse(re.search(r"[A-Za-z]{3,}", message), f"{name}: {message}")

    def test_approval_chatter_in_chinese(self):
        """A request filed and approved without a context language (data
        loading, bare RPC) by Chinese users is tracked and commented in
        Chinese: no "Approved.", no "Approval done", no English state."""
        env = self.env(context={})
        cadre = env.ref("affairs_base.user_cadre")
        cadre.lang = "zh_CN"
        request = (
            env["affairs.service.request"]
            .with_user(cadre)
            .create(
                {
                    "title": "会议室布置",
                    "category_id": env.ref("affairs_base.service_category_meeting").id,
                    "estimated_cost": 6000,
                }
            )
        )
        request.action_submit()
        for _step in range(3):
            if request.state != "submitted":
                break
            pending = request._affairs_pending_reviewers() - cadre
            reviewer = env["res.users"].browse(pending[:1].ids)
            self.assertTrue(reviewer, "a reviewer other than the requester")
            reviewer.lang = "zh_CN"
            request.with_user(reviewer).action_approve()
        self.assertEqual(request.state, "approved")
        messages = request.sudo().message_ids
        texts = [html2plaintext(message.body or "") for message in messages]
        texts += messages.tracking_value_ids.mapped("old_value_char")
        texts += messages.tracking_value_ids.mapped("new_value_char")
        english = [text for text in texts if text and re.search(r"[A-Za-z]{3,}", text)]
        self.assertFalse(english)
