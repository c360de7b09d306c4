from . import test_fleet_accounting
