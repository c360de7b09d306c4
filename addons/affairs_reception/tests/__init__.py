# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_reception_rules
from . import test_reception_flow
from . import test_reception_access
from . import test_reception_settlement
from . import test_reception_reports
from . import test_ui
from . import test_internal_control
from . import test_screens
