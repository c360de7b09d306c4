from . import affairs_reject_wizard
from . import affairs_correction_wizard
from . import affairs_exception_grant_wizard
