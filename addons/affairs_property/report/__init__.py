# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_asset_ledger_xlsx
from . import affairs_compliance_xlsx
