from . import test_chart
from . import test_parallel_accounting
from . import test_reports
