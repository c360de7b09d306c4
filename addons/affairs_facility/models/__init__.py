# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_equipment_certificate
from . import affairs_equipment_reading
from . import maintenance_equipment
from . import maintenance_equipment_category
from . import affairs_maintenance_kind
from . import affairs_maintenance_checklist_item
from . import affairs_maintenance_check_line
from . import affairs_maintenance_plan
from . import maintenance_request
from . import affairs_service_request
from . import affairs_service_scheme
from . import affairs_service_scheme_item
from . import affairs_service_deduction_rule
from . import affairs_service_contract
from . import affairs_service_inspection
from . import affairs_service_inspection_line
from . import affairs_facility_demo
