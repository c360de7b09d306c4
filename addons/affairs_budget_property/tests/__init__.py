from . import test_budget_property
