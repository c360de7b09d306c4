# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_budget_fund
from . import affairs_budget_classification
from . import affairs_budget
from . import affairs_budget_line
from . import affairs_budget_commitment
from . import affairs_budget_adjustment
from . import affairs_budget_final
from . import affairs_budget_hook
from . import affairs_outbound_trip
from . import affairs_outbound_trip_cost
from . import account_move
from . import account_move_line
from . import res_company
from . import res_config_settings
from . import affairs_budget_demo
from . import affairs_budget_line_month
