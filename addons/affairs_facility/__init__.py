# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import models
from . import report


def uninstall_hook(env):
    """Drop the activities of the addon's documents through the ORM first."""
    env["mail.activity"].with_context(active_test=False).search(
        [
            (
                "res_model",
                "in",
                ["affairs.service.inspection", "affairs.service.contract"],
            )
        ]
    ).unlink()
