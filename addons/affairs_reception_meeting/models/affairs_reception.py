# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

from odoo import models

from .affairs_reception_activity import INACTIVE_RECEPTION_STATES


class AffairsReception(models.Model):
    _inherit = "affairs.reception"

    def write(self, vals):
        res = super().write(vals)
        if "state" in vals:
            activities = self.itinerary_ids.filtered("meeting_room_id")
            inactive = activities.filtered(
                lambda a: a.reception_id.state in INACTIVE_RECEPTION_STATES
            )
            inactive._affairs_release_rooms()
            # A reception reset to draft books its rooms again.
            (activities - inactive).filtered(
                lambda a: a.meeting_booking_id.state in (False, "cancel")
            )._affairs_book_rooms()
        return res

    def _get_view(self, view_id=None, view_type="form", **options):
        """The meeting centre's bookings supersede the property register's
        room field of affairs_reception_property on the itinerary."""
        arch, view = super()._get_view(view_id, view_type, **options)
        if view_type == "form":
            for node in arch.xpath(
                "//field[@name='itinerary_ids']//field[@name='room_id']"
            ):
                node.set("column_invisible", "1")
                node.set("invisible", "1")
        return arch, view
