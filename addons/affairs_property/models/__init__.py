# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_area_standard
from . import affairs_building
from . import affairs_room
from . import affairs_room_assignment
from . import hr_department
from . import affairs_space_request
from . import affairs_space_request_line
from . import affairs_repair
from . import affairs_asset_category
from . import affairs_asset
from . import affairs_asset_transfer
from . import affairs_asset_inventory
from . import affairs_asset_inventory_line
from . import affairs_asset_disposal
from . import affairs_lease
from . import affairs_lease_line
from . import affairs_property_demo
