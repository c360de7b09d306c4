from . import test_budget_tour
from . import test_reception_budget
