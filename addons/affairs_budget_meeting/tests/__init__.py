from . import test_budget_meeting
