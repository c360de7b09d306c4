from . import test_budget_construction
