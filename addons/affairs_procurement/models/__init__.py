# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_procurement_threshold
from . import affairs_procurement_method_rule
from . import affairs_procurement_deadline
from . import affairs_procurement_plan
from . import affairs_procurement_plan_line
from . import affairs_procurement_expert
from . import affairs_procurement_rule_mixin
from . import affairs_procurement_project
from . import affairs_procurement_bid
from . import affairs_procurement_expert_draw
from . import affairs_procurement_score
from . import affairs_procurement_challenge
from . import affairs_designated_supplier
from . import purchase_order
from . import purchase_order_line
from . import purchase_requisition
