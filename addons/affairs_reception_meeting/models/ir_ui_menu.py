# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class IrUiMenu(models.Model):
    _inherit = "ir.ui.menu"

    def _load_menus_blacklist(self):
        """Itinerary room bookings are the meeting centre's (Room Bookings):
        affairs_reception_property's own list of them is retired."""
        res = super()._load_menus_blacklist()
        menu = self.env.ref(
            "affairs_reception_property.affairs_reception_activity_menu_room",
            raise_if_not_found=False,
        )
        if menu:
            res.append(menu.id)
        return res
