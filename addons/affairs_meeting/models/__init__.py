# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_meeting_room
from . import affairs_meeting_booking
from . import affairs_meeting_service_item
from . import affairs_meeting_service_line
from . import affairs_print_price
from . import affairs_print_job
