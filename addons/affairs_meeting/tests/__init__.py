# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_booking
from . import test_services
from . import test_print_job
from . import test_access
from . import test_concurrency
from . import test_form
from . import test_fee_standard
from . import test_sign_in
from . import test_settlement
from . import test_service_desk
from . import test_tour
from . import test_documents
from . import test_utilisation
from .benchmarks import test_meeting_benchmark
