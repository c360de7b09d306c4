# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_access
from . import test_audit_project
from . import test_import
from . import test_indicators
from . import test_performance
from . import test_reading
from . import test_return
from . import test_ui
from . import test_ranking
