# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_construction_rule
from . import affairs_construction_project
from . import affairs_construction_funding
from . import affairs_construction_review
from . import affairs_construction_contract
from . import affairs_construction_milestone
from . import affairs_construction_progress
from . import affairs_construction_change
from . import affairs_construction_payment
from . import affairs_construction_defect
from . import affairs_construction_demo
