from . import affairs_reception_activity
