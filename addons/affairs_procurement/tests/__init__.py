# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_rules
from . import test_rule_dates
from . import test_evaluation
from . import test_workflow
from . import test_working_days
from . import test_security
from . import test_reports
from . import test_performance
from . import test_tour
from . import test_screens
from . import test_plan_rules
from . import test_billing
from . import test_order_lang
