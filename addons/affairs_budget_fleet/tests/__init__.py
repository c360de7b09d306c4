from . import test_budget_fleet
