# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_budget_access
from . import test_budget_adjustment
from . import test_budget_commitment
from . import test_budget_query_count
from . import test_budget_demo
from . import test_budget_monthly
from . import test_sangong_statement
from . import test_budget_final
