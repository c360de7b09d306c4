# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_vehicle_cost_wizard
from . import affairs_vehicle_return_wizard
