# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import affairs_reception
from . import affairs_reception_activity
from . import ir_ui_menu
