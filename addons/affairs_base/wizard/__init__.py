from . import affairs_reject_wizard
