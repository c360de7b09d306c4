# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_energy_factor
from . import affairs_energy_rule
from . import affairs_energy_site
from . import affairs_energy_meter
from . import affairs_energy_reading
from . import affairs_energy_agency_year
from . import affairs_energy_return
from . import affairs_energy_return_line
from . import affairs_energy_audit
from . import affairs_energy_audit_finding
from . import affairs_energy_project
from . import affairs_energy_project_review
from . import affairs_energy_demo
from . import hr_department
