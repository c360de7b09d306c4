from . import test_budget_tour
