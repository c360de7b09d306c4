# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_meeting_room
from . import affairs_room
