# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_emergency_plan
from . import affairs_emergency_plan_level
from . import affairs_emergency_plan_step
from . import affairs_emergency_role
from . import affairs_emergency_resource
from . import affairs_emergency_plan_resource
from . import affairs_emergency_drill
from . import affairs_emergency_drill_step
from . import affairs_emergency_corrective_action
from . import affairs_emergency_training
from . import affairs_emergency_incident
from . import affairs_emergency_incident_line
from . import affairs_emergency_demo
from . import affairs_service_request
from . import hr_employee
