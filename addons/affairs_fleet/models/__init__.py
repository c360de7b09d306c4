# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_vehicle_standard
from . import affairs_vehicle_lifecycle_rule
from . import affairs_vehicle_quota
from . import fleet_vehicle
from . import fleet_vehicle_odometer
from . import fleet_service_type
from . import hr_employee
from . import hr_employee_public
from . import affairs_designated_vendor
from . import fleet_vehicle_log_services
from . import affairs_vehicle_request
from . import affairs_vehicle_disposal
from . import affairs_vehicle_cost_report
