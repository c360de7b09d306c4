# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import models
from . import report

_ACTIVITY_MODELS = (
    "affairs.emergency.plan",
    "affairs.emergency.resource",
    "affairs.emergency.drill",
    "affairs.emergency.corrective.action",
    "affairs.emergency.incident",
)


def uninstall_hook(env):
    """Drop the activities of the addon's records through the ORM first: their
    activity types (this addon's data) cannot be deleted while they exist."""
    env["mail.activity"].with_context(active_test=False).search(
        [("res_model", "in", _ACTIVITY_MODELS)]
    ).unlink()
