# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_area_standard
from . import test_space_request
from . import test_uninstall
from . import test_repair
from . import test_asset
from . import test_asset_load
from . import test_asset_transfer
from . import test_asset_inventory
from . import test_asset_disposal
from . import test_lease
from . import test_access
from . import test_reports
from . import test_query_count
from . import test_tour
from . import test_internal_control
from . import test_compliance_screens
from . import test_import
