# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_reception_line_mixin
from . import affairs_reception_rule
from . import affairs_reception_cost_standard
from . import affairs_reception
from . import affairs_reception_guest
from . import affairs_reception_meal
from . import affairs_reception_lodging
from . import affairs_reception_activity
from . import affairs_reception_transport
from . import res_partner
from . import account_move
