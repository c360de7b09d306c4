# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import maintenance_equipment
from . import affairs_room
from . import affairs_asset
from . import affairs_service_contract
