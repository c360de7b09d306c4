from . import test_budget_energy
