# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_sangong_statement_xlsx
from . import affairs_budget_execution_report
from . import affairs_budget_final_xlsx
