# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import controllers
from . import models
from . import report


def uninstall_hook(env):
    """Drop the activities of the addon's bookings through the ORM first."""
    env["mail.activity"].with_context(active_test=False).search(
        [("res_model", "=", "affairs.meeting.booking")]
    ).unlink()
