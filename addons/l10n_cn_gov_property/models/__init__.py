from . import account_asset
from . import affairs_asset
from . import affairs_asset_category
from . import affairs_asset_disposal
from . import affairs_lease_line
