# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_meeting_room
from . import affairs_meeting_room_utilisation
from . import affairs_meeting_fee_standard
from . import affairs_meeting_booking
from . import affairs_meeting_booking_documents
from . import affairs_meeting_attendance
from . import affairs_meeting_service_item
from . import affairs_meeting_service_line
from . import affairs_print_price
from . import affairs_print_job
from . import affairs_meeting_settlement
from . import affairs_service_request
