from . import test_chart
from . import test_parallel_accounting
from . import test_reports
from . import test_demo_company
from . import test_suite_pdfs
