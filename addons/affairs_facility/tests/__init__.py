# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_equipment
from . import test_plan
from . import test_plan_generation
from . import test_dispatch
from . import test_inspection
from . import test_access
from . import test_ui
