# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_procurement_plan
from . import affairs_procurement_plan_line
