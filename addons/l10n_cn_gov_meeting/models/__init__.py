from . import affairs_meeting_settlement
