# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_access
from . import test_drill
from . import test_form
from . import test_incident
from . import test_plan
from . import test_reports
from . import test_ui
from . import test_chatter_lang
