# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_access
from . import test_change
from . import test_concurrency
from . import test_payment
from . import test_performance
from . import test_project
from . import test_reports
from . import test_review
from . import test_ui
from . import test_chatter_lang
