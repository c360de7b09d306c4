# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_vehicle_register
from . import test_driver
from . import test_request
from . import test_rule_dates
from . import test_concurrency
from . import test_designated
from . import test_cost
from . import test_disposal
from . import test_access
from . import test_reports
from . import test_performance
from . import test_ui
from . import test_internal_control
from . import test_driver_screens
from . import test_import
from . import test_vehicle_lifecycle
from . import test_posting
