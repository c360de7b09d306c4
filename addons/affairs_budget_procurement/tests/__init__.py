from . import test_budget_procurement
